import { useCallback, useEffect, useState } from 'react';
import { getBedTree, listInstances, type InstanceEntry } from '../api/instances.ts';
import { listPlans, type PlanSummary } from '../api/plans.ts';
import type { SessionUser } from '../api/session.ts';
import { unitOptions, type UnitOption, type UnitTree } from '../features/calendar/resources.ts';
import { choosePlan } from './choosePlan.ts';

/** The ids of the user's scope when the bed tree may not be read: no names, but the right choices. */
function treeFromScope(user: SessionUser): UnitTree {
  return {
    centres: [
      ...user.centreIds.map((id) => ({ id, name: id, wards: [] })),
      { id: '', name: '', wards: user.wardIds.map((id) => ({ id, name: id })) },
    ],
  };
}

export interface Workspace {
  instances: InstanceEntry[];
  instanceId: string | null;
  setInstanceId: (id: string) => void;
  plans: PlanSummary[];
  planId: number | null;
  setPlanId: (id: number | null) => void;
  refreshPlans: (select?: number) => Promise<void>;
  units: UnitOption[];
  unit: string;
  setUnit: (value: string) => void;
  error: string | null;
}

/** Which instance, plan version and centre or ward the user is looking at. */
export function useWorkspace(user: SessionUser): Workspace {
  const [instances, setInstances] = useState<InstanceEntry[]>([]);
  const [instanceId, setInstanceId] = useState<string | null>(null);
  const [plans, setPlans] = useState<PlanSummary[]>([]);
  const [planId, setPlanId] = useState<number | null>(null);
  const [units, setUnits] = useState<UnitOption[]>([]);
  const [unit, setUnit] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    listInstances().then(
      (list) => {
        setInstances(list);
        setInstanceId((current) => current ?? list[0]?.id ?? null);
      },
      () => setError('Kunne ikke hente planleggingsgrunnlaget.'),
    );
  }, []);

  const refreshPlans = useCallback(
    async (select?: number) => {
      if (!instanceId) return;
      const list = await listPlans(instanceId);
      setPlans(list);
      setPlanId(
        (current) =>
          select ??
          (current !== null && list.some((p) => p.id === current)
            ? current
            : (choosePlan(list, user.role)?.id ?? null)),
      );
    },
    [instanceId, user.role],
  );

  useEffect(() => {
    if (!instanceId) return;
    setPlanId(null);
    refreshPlans().catch(() => setError('Kunne ikke hente planene.'));
    getBedTree(instanceId)
      .then(
        (tree) => tree as UnitTree,
        () => treeFromScope(user),
      )
      .then((tree) => {
        const options = unitOptions(tree, user);
        setUnits(options);
        setUnit((current) =>
          options.some((o) => o.value === current) ? current : (options[0]?.value ?? ''),
        );
      });
  }, [instanceId, refreshPlans, user]);

  return {
    instances,
    instanceId,
    setInstanceId,
    plans,
    planId,
    setPlanId,
    refreshPlans,
    units,
    unit,
    setUnit,
    error,
  };
}
