/**
 * Relationships grouped by type and direction ("requires →", "← teaches"), each naming the node at
 * the other end; clicking one focuses that node in the graph.
 */
import type { RelationSummary } from '@chanjiao/graph-schema';
import { groupRelationships } from '../../core/details/index.ts';
import { localName, nodeName, translate } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { describeRel, readySchema, schemaAtom } from '../../core/schema/index.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { KindBadge } from '../common/KindBadge.tsx';
import { defaultExpansion, expansionLimits } from '../../core/graph/index.ts';
import { nodeExpandedWith } from '../../core/graph/url.ts';
import { useExplorerActions } from '../shell/navigation.ts';
import { PropertyList } from './PropertyList.tsx';

/** The smallest expansion limit that takes `count` nodes (the default when it is enough). */
function limitFor(count: number): number {
  return (
    expansionLimits.find((limit) => limit >= Math.max(count, defaultExpansion.limit)) ??
    expansionLimits[expansionLimits.length - 1] ??
    defaultExpansion.limit
  );
}

export function RelationshipList({
  id,
  relationships,
}: {
  /** The node whose relationships these are (to expand along one type). */
  id: string;
  relationships: RelationSummary[];
}) {
  const { language, t } = useTranslation();
  const { focus, change } = useExplorerActions();
  const schema = readySchema(useAtomValue(schemaAtom));
  if (relationships.length === 0)
    return <p className="details-message">{t('details.noRelationships')}</p>;
  const groups = groupRelationships(relationships, schema);
  return (
    <div className="relationship-groups">
      {groups.map((group) => {
        const rel = describeRel(schema, group.rel);
        const relName = localName(rel, language);
        const directionWord = t(
          group.direction === 'out' ? 'details.outgoing' : 'details.incoming',
        );
        return (
          <section
            key={`${group.rel}|${group.direction}`}
            className="relationship-group"
            data-rel={group.rel}
            data-direction={group.direction}
          >
            <h4 className="relationship-heading" title={`${group.rel} · ${directionWord}`}>
              <span className="rel-swatch" style={{ backgroundColor: rel.colour }} />
              {group.direction === 'in' && <span className="rel-arrow">←</span>}
              <span>{relName}</span>
              {group.direction === 'out' && <span className="rel-arrow">→</span>}
              <span className="heading-count">{group.relationships.length}</span>
              <button
                type="button"
                className="link-button relationship-expand"
                data-testid="relationship-expand"
                onClick={() =>
                  change(
                    nodeExpandedWith(id, {
                      rels: [group.rel],
                      limit: limitFor(group.relationships.length + 1),
                    }),
                  )
                }
              >
                {t('expand.group')}
                <span className="visually-hidden">
                  {t('expand.groupDetail', { rel: relName, count: group.relationships.length })}
                </span>
              </button>
            </h4>
            <ul className="relationship-items">
              {group.relationships.map((relationship) => {
                const other = relationship.other;
                const name = nodeName(other, language);
                return (
                  <li key={`${other.kind}:${other.key}`}>
                    <button
                      type="button"
                      className="relationship-item"
                      data-testid="relationship-item"
                      title={translate(language, 'details.openRelated', { name })}
                      onClick={() => focus(`${other.kind}:${other.key}`)}
                    >
                      <KindBadge kind={other.kind} small />
                      <span className="relationship-name">{name}</span>
                      <code className="relationship-key">{other.key}</code>
                    </button>
                    <PropertyList props={relationship.props} described={rel.properties} compact />
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
