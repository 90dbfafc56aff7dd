/**
 * Choices of the pickers that list nodes of one kind — postings, candidates, occupations,
 * segments, competencies, industries — listed from the search endpoint the first time a view needs
 * them (the chain, region and supplier pickers are listed with `loadPickerOptions`). Options are
 * ordered by key, so that keys that begin with a period (`posting-2025-…`) or a code sort as
 * their readers expect. Their names join the name cache, so tables and graphs can name them.
 */
import type { SearchHit } from '@chanjiao/graph-schema';
import { api, type ApiClient } from '../api/index.ts';
import { nodeId } from '../graph/utils.ts';
import { atom } from '../utils/atoms.ts';
import { namesAtom } from './index.ts';
import { namesAdded, namesOf } from './names.ts';
import { pickerLimit, type PickerOption } from './options.ts';

export type KindOptionsState =
  | { type: 'loading' }
  | { type: 'ready'; options: PickerOption[] }
  | { type: 'error'; message: string };

export type KindOptions = ReadonlyMap<string, KindOptionsState>;

export const kindOptionsAtom = atom<KindOptions>(new Map());

const byKey = (a: PickerOption, b: PickerOption) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function optionsOfHits(hits: readonly SearchHit[]): PickerOption[] {
  return hits
    .map(({ key, name_zh, name_en }) => ({
      key,
      name_zh,
      ...(name_en !== undefined && { name_en }),
    }))
    .sort(byKey);
}

export const kindOptionsSet =
  (kind: string, state: KindOptionsState) =>
  (options: KindOptions): KindOptions =>
    new Map(options).set(kind, state);

/** The ready options of a kind, or an empty list. */
export function optionsOfKind(options: KindOptions, kind: string): PickerOption[] {
  const state = options.get(kind);
  return state?.type === 'ready' ? state.options : [];
}

/** Lists each kind not listed or being listed yet (again after a failure). */
export async function loadKindOptions(
  kinds: readonly string[],
  client: ApiClient = api,
): Promise<void> {
  const wanted = kinds.filter((kind) => {
    const state = kindOptionsAtom.get().get(kind);
    return !state || state.type === 'error';
  });
  await Promise.all(
    wanted.map(async (kind) => {
      kindOptionsAtom.set(kindOptionsSet(kind, { type: 'loading' }));
      try {
        const hits = await client.search({ q: '', kind, limit: pickerLimit });
        namesAtom.set(
          namesAdded(hits.map((hit) => [nodeId({ kind, key: hit.key }), namesOf(hit)])),
        );
        kindOptionsAtom.set(kindOptionsSet(kind, { type: 'ready', options: optionsOfHits(hits) }));
      } catch (error) {
        kindOptionsAtom.set(
          kindOptionsSet(kind, {
            type: 'error',
            message: error instanceof Error ? error.message : String(error),
          }),
        );
      }
    }),
  );
}
