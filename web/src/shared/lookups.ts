// Shared lookups (pinia): the unit registry per jurisdiction and the people of the directory, each read once, to show
// names for unit and person ids.
import { defineStore } from 'pinia';
import { reactive } from 'vue';
import { listUnits } from '@/api/catalog';
import { getPerson } from '@/api/people';
import type { Unit } from '@/api/types';

export const useLookups = defineStore('lookups', () => {
  const units = reactive<Record<string, Unit[]>>({});
  const loading: Record<string, Promise<void>> = {};

  function loadUnits(jurisdiction: string): Promise<void> {
    loading[jurisdiction] ??= listUnits(jurisdiction).then((list) => void (units[jurisdiction] = list)).catch(() => void (units[jurisdiction] = []));
    return loading[jurisdiction];
  }

  const people = reactive<Record<string, string | null>>({});
  /** Reads the names of people not yet known; one the directory does not show this reader stays unnamed (null). */
  async function loadPeople(ids: string[]): Promise<void> {
    const unknown = [...new Set(ids)].filter((id) => !(id in people) && !id.startsWith('system:'));
    for (const id of unknown) people[id] = null;
    await Promise.all(unknown.map((id) => getPerson(id).then((p) => void (people[id] = p.name)).catch(() => undefined)));
  }
  const personName = (id: string) => people[id] ?? null;

  const unitName = (id: string) => Object.values(units).flat().find((u) => u.id === id)?.name ?? id;
  const unitNames = (ids: string[]) => ids.map(unitName).join('、');
  return { units, loadUnits, unitName, unitNames, loadPeople, personName };
});
