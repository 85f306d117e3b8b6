/** An initiative as the repository returns it: plain data, no driver or GraphQL types. */
export interface InitiativeRecord {
  id: string;
  key: string;
  number: number;
  title: string;
  page: number;
  summary: string;
  status: string | null;
}
