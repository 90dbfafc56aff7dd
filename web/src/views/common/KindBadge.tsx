/** A kind's glyph on its colour, as in the legend; the kind's name is the tooltip. */
import { glyphColour, kindGlyph } from '../../core/appearance/index.ts';
import { localName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { describeKind, readySchema, schemaAtom } from '../../core/schema/index.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';

export function KindBadge({ kind, small = false }: { kind: string; small?: boolean }) {
  const { language } = useTranslation();
  const description = describeKind(readySchema(useAtomValue(schemaAtom)), kind);
  return (
    <span
      className={small ? 'kind-badge kind-badge-small' : 'kind-badge'}
      style={{ backgroundColor: description.colour, color: glyphColour(description.colour) }}
      title={localName(description, language)}
      aria-hidden="true"
    >
      {kindGlyph(description, language)}
    </span>
  );
}

/** The kind's name in the current language. */
export function useKindName(): (kind: string) => string {
  const { language } = useTranslation();
  const schema = readySchema(useAtomValue(schemaAtom));
  return (kind: string) => localName(describeKind(schema, kind), language);
}
