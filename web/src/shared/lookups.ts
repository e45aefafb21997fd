// Shared lookups (pinia): the unit registry per jurisdiction, read once, to show names for unit ids.
import { defineStore } from 'pinia';
import { reactive } from 'vue';
import { listUnits } from '@/api/catalog';
import type { Unit } from '@/api/types';

export const useLookups = defineStore('lookups', () => {
  const units = reactive<Record<string, Unit[]>>({});
  const loading: Record<string, Promise<void>> = {};

  function loadUnits(jurisdiction: string): Promise<void> {
    loading[jurisdiction] ??= listUnits(jurisdiction).then((list) => void (units[jurisdiction] = list)).catch(() => void (units[jurisdiction] = []));
    return loading[jurisdiction];
  }

  const unitName = (id: string) => Object.values(units).flat().find((u) => u.id === id)?.name ?? id;
  const unitNames = (ids: string[]) => ids.map(unitName).join('、');
  return { units, loadUnits, unitName, unitNames };
});
