import type { Database } from '../../db/database';
import type { InitiativeRecord } from './initiative.record';

export class InitiativeRepository {
  constructor(private readonly database: Database) {}

  async list(): Promise<InitiativeRecord[]> {
    const rows = await this.database.read('initiative/list');
    return rows.map((row) => row.initiative as InitiativeRecord);
  }

  async byIds(ids: readonly string[]): Promise<InitiativeRecord[]> {
    const rows = await this.database.read('initiative/by-ids', { ids });
    return rows.map((row) => row.initiative as InitiativeRecord);
  }
}
