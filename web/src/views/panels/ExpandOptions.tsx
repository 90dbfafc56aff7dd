/**
 * Expansion controls for the selected node: how many hops (1–3), at most how many nodes, and
 * which relationship types to follow and which kinds to keep — each offered with how many of the
 * node's relationships it concerns. "Expand" writes the expansion into the address (so it is
 * undone by Back and shared by a link) as `Kind:key~depth:2~rel:…`.
 */
import type { NodeDetail } from '@chanjiao/graph-schema';
import { useId, useState } from 'react';
import { expansionChoices } from '../../core/details/index.ts';
import {
  defaultExpansion,
  expansionLimits,
  type ExpansionOptions,
} from '../../core/graph/index.ts';
import { nodeExpandedWith } from '../../core/graph/url.ts';
import { formatNumber, localName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { describeRel, readySchema, schemaAtom } from '../../core/schema/index.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { KindBadge, useKindName } from '../common/KindBadge.tsx';
import { useExplorerNavigate } from '../shell/navigation.ts';

const toggled = (list: readonly string[], item: string) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export function ExpandOptions({ id, detail }: { id: string; detail: NodeDetail }) {
  const { language, t } = useTranslation();
  const schema = readySchema(useAtomValue(schemaAtom));
  const kindName = useKindName();
  const go = useExplorerNavigate();
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<ExpansionOptions>(defaultExpansion);
  const panelId = useId();
  const choices = expansionChoices(detail.relationships, schema);
  const count = (n: number) =>
    detail.relationshipsTruncated ? t('expand.atLeast', { count: n }) : formatNumber(language, n);

  return (
    <div className="expand-options">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="expand-options-toggle"
        onClick={() => setOpen((value) => !value)}
      >
        {t(open ? 'expand.hideOptions' : 'expand.showOptions')}
      </button>
      <form
        id={panelId}
        hidden={!open}
        className="expand-form"
        data-testid="expand-options"
        onSubmit={(event) => {
          event.preventDefault();
          go(nodeExpandedWith(id, options));
        }}
      >
        <div className="expand-row">
          <label>
            <span>{t('expand.depth')}</span>
            <select
              value={options.depth}
              data-testid="expand-depth"
              onChange={(event) =>
                setOptions({ ...options, depth: Number(event.target.value) as 1 | 2 | 3 })
              }
            >
              {[1, 2, 3].map((depth) => (
                <option key={depth} value={depth}>
                  {t('expand.hops', { count: depth })}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('expand.limit')}</span>
            <select
              value={options.limit}
              data-testid="expand-limit"
              onChange={(event) => setOptions({ ...options, limit: Number(event.target.value) })}
            >
              {expansionLimits.map((limit) => (
                <option key={limit} value={limit}>
                  {formatNumber(language, limit)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {choices.rels.length > 0 && (
          <fieldset className="expand-choices">
            <legend>{t('expand.rels')}</legend>
            {choices.rels.map(({ rel, count: n }) => (
              <label key={rel} className="expand-choice">
                <input
                  type="checkbox"
                  data-testid="expand-rel"
                  value={rel}
                  checked={options.rels.includes(rel)}
                  onChange={() => setOptions({ ...options, rels: toggled(options.rels, rel) })}
                />
                <span
                  className="rel-swatch"
                  style={{ backgroundColor: describeRel(schema, rel).colour }}
                />
                <span>{localName(describeRel(schema, rel), language)}</span>
                <span className="expand-count">{count(n)}</span>
              </label>
            ))}
          </fieldset>
        )}
        {choices.kinds.length > 0 && (
          <fieldset className="expand-choices">
            <legend>{t('expand.kinds')}</legend>
            {choices.kinds.map(({ kind, count: n }) => (
              <label key={kind} className="expand-choice">
                <input
                  type="checkbox"
                  data-testid="expand-kind"
                  value={kind}
                  checked={options.kinds.includes(kind)}
                  onChange={() => setOptions({ ...options, kinds: toggled(options.kinds, kind) })}
                />
                <KindBadge kind={kind} small />
                <span>{kindName(kind)}</span>
                <span className="expand-count">{count(n)}</span>
              </label>
            ))}
          </fieldset>
        )}
        <p className="expand-hint">{t('expand.hint')}</p>
        <div className="details-actions">
          <button type="submit" className="button button-primary" data-testid="expand-submit">
            {t('expand.submit')}
          </button>
          <button type="button" className="button" onClick={() => setOptions(defaultExpansion)}>
            {t('expand.reset')}
          </button>
        </div>
      </form>
    </div>
  );
}
