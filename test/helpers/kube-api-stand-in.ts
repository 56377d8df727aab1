import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from './fixtures.js';

/**
 * What `kubectl apply --dry-run=client` asks of an API server, answered as a Kubernetes 1.32 API server answers:
 * discovery (to map each kind to its resource and scope), the OpenAPI v3 index (kubectl sees that the server
 * validates fields itself, as every server since 1.27 does, so it skips its own schema check), and 404 for every
 * object (nothing exists yet: apply would create it). kubectl needs a server even for a client-side dry run; this
 * is the smallest one that lets it run for real, with no cluster. Every request is recorded.
 */
export interface KubeStandIn {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

const RBAC_RESOURCES = [
  ['roles', 'role', 'Role', true],
  ['rolebindings', 'rolebinding', 'RoleBinding', true],
  ['clusterroles', 'clusterrole', 'ClusterRole', false],
  ['clusterrolebindings', 'clusterrolebinding', 'ClusterRoleBinding', false],
] as const;

export async function startKubeStandIn(): Promise<KubeStandIn> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(`${req.method} ${url}`);
    const path = url.split('?')[0];
    const send = (code: number, body: unknown) => {
      res.writeHead(code, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const verbs = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
    switch (path) {
      case '/version':
        return send(200, { major: '1', minor: '32', gitVersion: 'v1.32.4', platform: 'linux/amd64' });
      case '/api':
        return send(200, {
          kind: 'APIVersions',
          versions: ['v1'],
          serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }],
        });
      case '/apis':
        return send(200, {
          kind: 'APIGroupList',
          apiVersion: 'v1',
          groups: [
            {
              name: 'rbac.authorization.k8s.io',
              versions: [{ groupVersion: 'rbac.authorization.k8s.io/v1', version: 'v1' }],
              preferredVersion: { groupVersion: 'rbac.authorization.k8s.io/v1', version: 'v1' },
            },
          ],
        });
      case '/api/v1':
        return send(200, {
          kind: 'APIResourceList',
          groupVersion: 'v1',
          resources: [
            { name: 'namespaces', singularName: 'namespace', namespaced: false, kind: 'Namespace', verbs },
            {
              name: 'serviceaccounts',
              singularName: 'serviceaccount',
              namespaced: true,
              kind: 'ServiceAccount',
              verbs,
            },
          ],
        });
      case '/apis/rbac.authorization.k8s.io/v1':
        return send(200, {
          kind: 'APIResourceList',
          apiVersion: 'v1',
          groupVersion: 'rbac.authorization.k8s.io/v1',
          resources: RBAC_RESOURCES.map(([name, singularName, kind, namespaced]) => ({
            name,
            singularName,
            namespaced,
            kind,
            verbs,
          })),
        });
      case '/openapi/v3':
        return send(200, {
          paths: {
            'apis/rbac.authorization.k8s.io/v1': {
              serverRelativeURL: '/openapi/v3/apis/rbac.authorization.k8s.io/v1?hash=0',
            },
          },
        });
      case '/openapi/v3/apis/rbac.authorization.k8s.io/v1':
        // The PATCH operations with their fieldValidation parameter: how kubectl learns the server validates.
        return send(200, {
          openapi: '3.0.0',
          info: { title: 'Kubernetes', version: 'v1.32.4' },
          paths: Object.fromEntries(
            RBAC_RESOURCES.map(([name, , kind, namespaced]) => [
              `/apis/rbac.authorization.k8s.io/v1/${namespaced ? 'namespaces/{namespace}/' : ''}${name}/{name}`,
              {
                patch: {
                  parameters: [{ name: 'fieldValidation', in: 'query', schema: { type: 'string' } }],
                  'x-kubernetes-action': 'patch',
                  'x-kubernetes-group-version-kind': { group: 'rbac.authorization.k8s.io', version: 'v1', kind },
                },
              },
            ]),
          ),
          components: { schemas: {} },
        });
      default:
        return send(404, {
          kind: 'Status',
          apiVersion: 'v1',
          status: 'Failure',
          reason: 'NotFound',
          code: 404,
          message: 'not found',
        });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const KUBECTL = process.env.THREATCAT_KUBECTL ?? 'kubectl';

export function kubectlInstalled(): boolean {
  return (
    process.env.THREATCAT_KUBECTL !== undefined ||
    (process.env.PATH ?? '').split(':').some((d) => existsSync(join(d, 'kubectl')))
  );
}

/** Runs kubectl against the stand-in (asynchronously: the stand-in answers on this process's event loop). */
export async function kubectl(
  server: KubeStandIn,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = tempDir();
  try {
    const r = await promisify(execFile)(
      KUBECTL,
      [`--server=${server.url}`, `--cache-dir=${join(dir, 'cache')}`, ...args],
      { env: { ...process.env, KUBECONFIG: join(dir, 'no-kubeconfig') }, encoding: 'utf8' },
    );
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
