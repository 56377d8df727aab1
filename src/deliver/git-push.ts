import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';

/** The identity GitHub shows for commits made by Actions (the account's noreply address). */
export const ACTIONS_COMMITTER = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/**
 * Commits `files` (repository-relative path → new content) on top of `parent` and pushes that commit to `branch`
 * on `remote`, without a checkout: the blobs are written to the object store, a tree is built from the parent's in
 * a temporary index, and the commit points at it. The job's working tree and index are never touched.
 * A plain fast-forward push: if the branch moved since the run started, the push fails and nothing is forced.
 * Returns the new commit's SHA, or undefined when the files hold what the parent has.
 */
export async function commitOntoAndPush(
  repoDir: string,
  parent: string,
  files: ReadonlyArray<{ path: string; text: string }>,
  message: string,
  branch: string,
  remote = 'origin',
): Promise<string | undefined> {
  const scratch = mkdtempSync(join(tmpdir(), 'threatcat-index-'));
  try {
    // A private index: simple-git refuses GIT_INDEX_FILE, so plumbing goes through git directly.
    const env = {
      ...process.env,
      GIT_INDEX_FILE: join(scratch, 'index'),
      GIT_AUTHOR_NAME: ACTIONS_COMMITTER.name,
      GIT_AUTHOR_EMAIL: ACTIONS_COMMITTER.email,
      GIT_COMMITTER_NAME: ACTIONS_COMMITTER.name,
      GIT_COMMITTER_EMAIL: ACTIONS_COMMITTER.email,
    };
    const git = (args: string[], input?: string) => run(repoDir, env, args, input);
    await git(['read-tree', parent]);
    for (const f of files) {
      const blob = await git(['hash-object', '-w', '--stdin'], f.text);
      await git(['update-index', '--add', '--cacheinfo', `100644,${blob},${f.path}`]);
    }
    const tree = await git(['write-tree']);
    if (tree === (await git(['rev-parse', `${parent}^{tree}`]))) return undefined;
    const sha = await git(['commit-tree', tree, '-p', parent, '-m', message]);
    await git(['push', '--quiet', remote, `${sha}:refs/heads/${branch}`]);
    return sha;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Runs git; resolves with its trimmed stdout, rejects with its stderr. */
function run(cwd: string, env: NodeJS.ProcessEnv, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout?.on('data', (d) => {
      out += d;
    });
    child.stderr?.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out.trim()) : reject(new Error(`git ${args[0]} failed: ${err.trim() || `exit ${code}`}`)),
    );
    if (child.stdin) {
      // git may exit before reading all of stdin (an error): its close event reports that, not an EPIPE crash.
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    }
  });
}
