import { db } from '../../db';
import { archiveClient, clientInputErrors, createClient, deleteClient, restoreClient, unarchiveClient, updateClient } from '../../db/repositories/clients';
import type { ClientInput } from '../../domain/model';

const CLIENT_COMMANDS = {
  /** The messages a save of this input would be refused with, without writing anything. */
  clientInputErrors: (input: Partial<ClientInput>, clientId?: string) => clientInputErrors(db, input, clientId),
  createClient: (input: ClientInput) => createClient(db, input),
  updateClient: (clientId: string, input: Partial<ClientInput>) => updateClient(db, clientId, input),
  archiveClient: (clientId: string) => archiveClient(db, clientId),
  unarchiveClient: (clientId: string) => unarchiveClient(db, clientId),
  deleteClient: (clientId: string) => deleteClient(db, clientId),
  restoreClient: (clientId: string) => restoreClient(db, clientId),
};

/** The writes on clients, each one repository transaction resolving to its result (the record, or the field errors). */
export function useClientCommands(): typeof CLIENT_COMMANDS {
  return CLIENT_COMMANDS;
}
