import { useEffect, useId, useState } from 'react';
import { parseProfileText, profileFromMapping, type MappingProfile } from '../../../core/mapping/profile';
import type { Mapping } from '../../../core/mapping/mapping';
import type { SourceSummary } from '../../../core/session/types';
import type { TargetListing } from '../../../worker/protocol';
import { useI18n } from '../../i18n/i18n';
import { OpenTextFileButton } from '../../components/open-text-file';
import { StatusMessage, type Outcome } from '../../components/status-message';
import { downloadBlob } from '../../download';
import { matchingProfiles, saveProfile } from '../../storage/profiles-store';

interface Props {
  readonly source: SourceSummary;
  readonly target: TargetListing;
  /** The form's current mapping. */
  readonly currentMapping: () => Mapping;
  readonly onApply: (profile: MappingProfile) => void;
  /** Name of the profile the mapping came from, if any. */
  readonly applied: string | null;
}

/**
 * Mapping memory without a server: save the mapping as a named profile in
 * this browser, get it offered when similar headers come back, and move it
 * between machines (or to the CLI's --mapping) as a JSON file.
 */
export function ProfileBar({ source, target, currentMapping, onApply, applied }: Props) {
  const { t, tn, formatList } = useI18n();
  const [offers, setOffers] = useState<{ profile: MappingProfile; similarity: number }[]>([]);
  const [name, setName] = useState(`${source.name.replace(/\.[^.]+$/, '')} → ${target.target.name}`);
  const [message, setMessage] = useState<Outcome | null>(null);
  const nameId = useId();

  useEffect(() => {
    let live = true;
    void matchingProfiles(target.target.id, source.columns.map((c) => c.name)).then((m) => live && setOffers(m));
    return () => {
      live = false;
    };
  }, [target.target.id, source.columns]);

  const build = () =>
    profileFromMapping(name.trim() || target.target.name, currentMapping(), source.columns, {
      targetVersion: target.version,
      source: {
        ...(source.encoding === null ? {} : { encoding: source.encoding.encoding }),
        ...(source.dialect === null ? {} : { delimiter: source.dialect.delimiter }),
        ...(source.sheet === null ? {} : { sheet: source.sheet }),
        ...(source.headerLine === null ? {} : { headerLine: source.headerLine }),
      },
    });

  // Once a profile is applied, no other is offered on top of it.
  const offer = applied === null ? offers[0] : undefined;

  return (
    <div className="panel profile-bar">
      {offer !== undefined && (
        <div className="alert info" role="status">
          <p>{t('profile.offer', { name: offer.profile.name, similarity: Math.round(offer.similarity * 100) })}</p>
          <button type="button" className="primary" onClick={() => onApply(offer.profile)}>
            {t('profile.apply')}
          </button>
        </div>
      )}
      {applied !== null && <p className="muted">{t('profile.applied', { name: applied })}</p>}
      <div className="row wrap">
        <label htmlFor={nameId}>{t('profile.name')}</label>
        <input id={nameId} type="text" value={name} onChange={(e) => setName(e.target.value)} size={40} />
        <button
          type="button"
          onClick={() => {
            const profile = build();
            void saveProfile(profile).then(
              () => setMessage({ kind: 'ok', text: t('profile.saved', { name: profile.name }) }),
              (e: unknown) => setMessage({ kind: 'error', text: t('profile.saveFailed', { detail: e instanceof Error ? e.message : String(e) }) }),
            );
          }}
        >
          {t('profile.save')}
        </button>
        <button type="button" onClick={() => downloadBlob(new Blob([JSON.stringify(build(), null, 2) + '\n'], { type: 'application/json' }), `${name.trim().replace(/[^\w.-]+/g, '-') || 'mapping'}.ferry-mapping.json`)}>
          {t('profile.download')}
        </button>
        <OpenTextFileButton
          label={t('profile.upload')}
          accept=".json,application/json"
          onText={(text) => {
            const parsed = parseProfileText(text);
            if (!parsed.ok) {
              const parts = parsed.error.kind === 'not-json' ? [] : [...new Set(parsed.error.issues.map((i) => i.path || '/'))].slice(0, 5);
              setMessage({ kind: 'error', text: parsed.error.kind === 'not-json' ? t('profile.notJson') : tn('profile.invalid', parts.length, { parts: formatList(parts) }) });
              return;
            }
            if (parsed.value.target !== target.target.id) {
              setMessage({ kind: 'error', text: t('profile.otherTarget', { target: parsed.value.target }) });
              return;
            }
            setMessage(null);
            onApply(parsed.value);
          }}
        />
      </div>
      <StatusMessage message={message} />
    </div>
  );
}
