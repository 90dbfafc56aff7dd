/**
 * The selected node's details on the right: kind, key, names, every property with its zh/en
 * name from the schema, and its relationships grouped by type and direction. Following a
 * relationship focuses the node at its other end (fetching it into the graph if needed).
 */
import { atlasGraph, parseNodeId } from '../../core/graph/index.ts';
import { errorText } from '../../core/i18n/errors.ts';
import { formatNumber, nodeName } from '../../core/i18n/index.ts';
import { useTranslation } from '../../core/i18n/useTranslation.ts';
import { describeKind, readySchema, schemaAtom } from '../../core/schema/index.ts';
import { useAtomValue } from '../../core/utils/useAtom.ts';
import { KindBadge, useKindName } from '../common/KindBadge.tsx';
import { useExplorerActions } from '../shell/navigation.ts';
import { PropertyList } from './PropertyList.tsx';
import { RelationshipList } from './RelationshipList.tsx';
import { ExpandOptions } from './ExpandOptions.tsx';
import { useNodeDetail } from './useNodeDetail.ts';

export function DetailsPanel({ id }: { id: string }) {
  const ref = parseNodeId(id);
  if (!ref) return null;
  return <NodeDetails key={id} id={id} kind={ref.kind} nodeKey={ref.key} />;
}

function NodeDetails({ id, kind, nodeKey }: { id: string; kind: string; nodeKey: string }) {
  const { language, t } = useTranslation();
  const schema = readySchema(useAtomValue(schemaAtom));
  const kindName = useKindName();
  const actions = useExplorerActions();
  const state = useNodeDetail({ kind, key: nodeKey });
  const detail = state.type === 'ready' ? state.detail : null;
  const names = detail?.props ?? (atlasGraph.hasNode(id) ? atlasGraph.getNodeAttributes(id) : {});
  const title = nodeName({ ...names, key: nodeKey }, language);
  const otherName = nodeName({ ...names, key: nodeKey }, language === 'zh' ? 'en' : 'zh');

  return (
    <aside className="details-panel" data-testid="details-panel" aria-label={t('details.label')}>
      <header className="details-header">
        <div className="details-kind">
          <KindBadge kind={kind} />
          <span>{kindName(kind)}</span>
        </div>
        <button
          type="button"
          className="icon-button close-button"
          onClick={() => actions.select(null)}
          aria-label={t('details.close')}
          title={t('details.close')}
        >
          ×
        </button>
      </header>
      <h2 className="details-title">{title}</h2>
      {otherName !== title && <p className="details-subtitle">{otherName}</p>}
      <dl className="details-facts">
        <dt>{t('details.key')}</dt>
        <dd>
          <code>{nodeKey}</code>
        </dd>
        {detail && (
          <>
            <dt>{t('details.degree')}</dt>
            <dd>{formatNumber(language, detail.degree)}</dd>
          </>
        )}
      </dl>
      <div className="details-actions">
        <button
          type="button"
          className="button"
          data-testid="details-expand"
          onClick={() => actions.expand(id)}
        >
          {t('details.expand')}
        </button>
        <button type="button" className="button" onClick={() => actions.focus(id)}>
          {t('details.focus')}
        </button>
      </div>
      {detail && <ExpandOptions key={id} id={id} detail={detail} />}
      {state.type === 'loading' && <p className="details-message">{t('details.loading')}</p>}
      {state.type === 'error' && (
        <p
          className="details-message details-error"
          role="alert"
          title={t('error.detail', { message: state.message })}
        >
          {t('details.failed', { message: errorText(language, state) })}
        </p>
      )}
      {detail && (
        <>
          <section className="details-section">
            <h3 className="panel-heading">{t('details.properties')}</h3>
            <PropertyList
              props={detail.props}
              described={describeKind(schema, kind).properties}
              emptyText={t('details.noProperties')}
            />
          </section>
          <section className="details-section">
            <h3 className="panel-heading">
              {t('details.relationships')}
              <span className="heading-count">{detail.relationships.length}</span>
            </h3>
            {detail.relationshipsTruncated && (
              <p className="details-message">
                {t('details.relationshipsTruncated', { degree: detail.degree })}
              </p>
            )}
            <RelationshipList id={id} relationships={detail.relationships} />
          </section>
        </>
      )}
    </aside>
  );
}
