import type { Position } from '../../model/finding.js';
import type { FieldReader, ManifestIndex } from './fields.js';

/**
 * EKS Pod Identity binds an IAM role to a ServiceAccount from outside it: an association object names the
 * namespace, the ServiceAccount and the role, and the ServiceAccount carries no annotation. Written as Kubernetes
 * objects by the AWS Controllers for Kubernetes (`eks.services.k8s.aws` PodIdentityAssociation: `spec.namespace`,
 * `spec.serviceAccount`, `spec.roleARN` or `spec.roleRef.from.name`) and by Crossplane's AWS provider
 * (`eks.aws.upbound.io` and the namespaced `eks.aws.m.upbound.io`: `spec.forProvider.{namespace, serviceAccount,
 * roleArn | roleArnRef.name}`). Field names from the providers' generated CRDs as public repositories use them
 * (not read in the providers' source here).
 */
const SHAPES: Array<{ group: string; base: string[]; role: string[]; roleRef: string[] }> = [
  { group: 'eks.services.k8s.aws', base: ['spec'], role: ['roleARN'], roleRef: ['roleRef', 'from', 'name'] },
  { group: 'eks.aws.upbound.io', base: ['spec', 'forProvider'], role: ['roleArn'], roleRef: ['roleArnRef', 'name'] },
  { group: 'eks.aws.m.upbound.io', base: ['spec', 'forProvider'], role: ['roleArn'], roleRef: ['roleArnRef', 'name'] },
];

/** The IAM role an association in the manifests gives to ServiceAccount `namespace/name`, and its node. */
export function podIdentityRole(
  index: ManifestIndex,
  f: FieldReader,
  namespace: string | undefined,
  name: string,
): { value: string; position: Position } | undefined {
  for (const shape of SHAPES) {
    for (const o of index.ofKind('PodIdentityAssociation', shape.group)) {
      if (f.str(o, [...shape.base, 'serviceAccount']) !== name) continue;
      const ns = f.str(o, [...shape.base, 'namespace']);
      if (namespace !== undefined && ns !== undefined && ns !== namespace) continue;
      const arn = f.str(o, [...shape.base, ...shape.role]);
      if (arn !== undefined) return { value: arn, position: o.locate([...shape.base, ...shape.role]) };
      const ref = f.str(o, [...shape.base, ...shape.roleRef]);
      if (ref !== undefined) {
        return { value: `IAM role object ${ref}`, position: o.locate([...shape.base, ...shape.roleRef]) };
      }
    }
  }
  return undefined;
}
