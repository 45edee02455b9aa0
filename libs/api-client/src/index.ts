import createClient, { type ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './schema';

export type { components, operations, paths };

/** Every named schema of the contract, e.g. `Schemas['CaseView']`. */
export type Schemas = components['schemas'];

/**
 * A typed client of the Remiss API (openapi-fetch): paths, parameters, bodies and answers are checked against
 * the contract at compile time.
 *
 *   const api = createRemissClient({ baseUrl: 'https://remiss.example.se', headers: { authorization: `Bearer ${token}` } });
 *   const { data, error } = await api.GET('/cases/{id}', { params: { path: { id } } });
 */
export function createRemissClient(options: ClientOptions = {}) {
  return createClient<paths>(options);
}

export type RemissClient = ReturnType<typeof createRemissClient>;
