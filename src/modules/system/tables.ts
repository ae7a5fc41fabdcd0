/** Server-wide key material, shared by every app instance through the database. */
export interface ServerKeysTable {
  name: string;
  value: string;
  created_at: string;
}

export interface SystemTables {
  server_keys: ServerKeysTable;
}
