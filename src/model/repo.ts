/** A GitHub repository: owner/name. */
export interface RepoRef {
  owner: string;
  repo: string;
}
