/** A node's (or relationship's) properties with their names from the schema, in the language. */
import { propertyRows, formatValue } from '../../core/details/index.ts';
import { htmlLang, localName } from '../../core/i18n/index.ts';
import { valueName } from '../../core/i18n/values.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import type { PropertyDescription } from '../../core/schema/index.ts';

const provenance = ['source', 'updatedAt'];

export function PropertyList({
  props,
  described,
  emptyText,
  compact = false,
}: {
  props: Record<string, unknown>;
  described: Record<string, PropertyDescription> | undefined;
  emptyText?: string;
  compact?: boolean;
}) {
  const { language, t } = useTranslation();
  // Relationship rows stay short: provenance belongs to the node, not to every line.
  const rows = propertyRows(props, described).filter(
    (row) => !compact || !provenance.includes(row.name),
  );
  if (rows.length === 0) return emptyText ? <p className="details-message">{emptyText}</p> : null;
  const words = {
    yes: t('value.true'),
    no: t('value.false'),
    listSeparator: language === 'zh' ? '、' : ', ',
    locale: htmlLang[language],
    valueName: (value: string) => valueName(value, language),
  };
  return (
    <dl className={compact ? 'property-list property-list-compact' : 'property-list'}>
      {rows.map((row) => (
        <div key={row.name} className="property-row" data-property={row.name}>
          <dt title={row.name}>{localName(row.names, language)}</dt>
          <dd>{formatValue(row.value, words, Boolean(described?.[row.name]?.enum))}</dd>
        </div>
      ))}
    </dl>
  );
}
