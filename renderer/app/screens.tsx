/**
 * The screen registry: every screen once, with the roles that see it, its label, what draws it
 * and what must hold before it shows. Navigation, the sidebar and the content area all read it;
 * the order is the order of the work. A new screen is one entry here and one feature folder.
 */
import type { ComponentType, ReactNode } from 'react';
import { ReviewWithReader, UndertakingGate } from './review-screens';
import { DeliberationWithUnlock } from './deliberation-screens';
import { ListsWithUnlock, ObjectionReviewWithUnlock, SummaryWithUnlock } from './committee-screens';
import { DeskWithReader, ReadingWithReader, readInReader } from './reading-screens';
import { FormalCheckScreen } from '../features/formal-check/FormalCheckScreen';
import { IdentityGate } from '../features/identity/IdentityGate';
import { IdentityScreen } from '../features/identity/IdentityScreen';
import { IdleMinutesField } from '../features/lock/IdleMinutesField';
import { IntakeScreen } from '../features/intake/IntakeScreen';
import { OfficeGate } from '../features/office/OfficeGate';
import { PanelScreen } from '../features/panel/PanelScreen';
import { PlaceholderScreen } from '../features/placeholder/PlaceholderScreen';
import { RubricRoundsScreen } from '../features/rubric-rounds/RubricRoundsScreen';
import { SealingScreen } from '../features/sealing/SealingScreen';
import { ObjectionsScreen } from '../features/objections/ObjectionsScreen';
import { SearchScreen } from '../features/search/SearchScreen';
import { UnitsScreen } from '../features/units/UnitsScreen';
import type { MessageKey } from './i18n/messages-zh-cn';
import { useTranslation } from './i18n/use-translation';
import type { Role } from './roles';

/** Stands before a screen until what it needs holds (the office's record is open). */
/** The desk whose 阅读 opens the reading screen (reading-screens.tsx joins the two). */
export { DeskWithReader } from './reading-screens';

/** 身份 with the auto-lock's idle time among its settings (the lock is a feature of its own). */
export function IdentityWithLockSettings() {
  return <IdentityScreen settings={<IdleMinutesField />} />;
}

/** 全文检索, whose hits open on 阅读材料 (the search's folder may not import the reading screen). */
function SearchWithReader() {
  const t = useTranslation();
  // It reads every material to build its index: after the round's undertaking (issue 10).
  return (
    <UndertakingGate title={t('nav.search')}>
      <SearchScreen onOpenMaterial={readInReader} />
    </UndertakingGate>
  );
}

export type ScreenGate = ComponentType<{ readonly children: ReactNode }>;

export interface ScreenEntry<Id extends string = string> {
  readonly id: Id;
  readonly roles: readonly Role[];
  readonly label: MessageKey;
  readonly component: ComponentType;
  readonly gate: ScreenGate | null;
}

/** The ids that have both a label (`nav.<id>`) and a plan (`screen.<id>.plan`) to show. */
type PlannedId = {
  [K in MessageKey]: K extends `screen.${infer Id}.plan`
    ? `nav.${Id}` extends MessageKey
      ? Id
      : never
    : never;
}[MessageKey];

/** A screen whose issue has not landed: it says what it will do and on which articles. */
function planned<const Id extends PlannedId>(
  id: Id,
  roles: readonly Role[],
  /** Articles of the 《管理办法》 the screen serves. */
  articles: readonly number[],
): ScreenEntry<Id> {
  // Both keys exist for every PlannedId; TypeScript cannot follow that through the template.
  const label = `nav.${id}` as MessageKey;
  const plan = `screen.${id}.plan` as MessageKey;
  function Planned() {
    return <PlaceholderScreen title={label} plan={plan} articles={articles} />;
  }
  // The panel's screens stand behind its identity: with none on this laptop, the create form.
  const gate = roles.includes('office') ? null : IdentityGate;
  return { id, roles, label, component: Planned, gate };
}

const office = ['office'] as const;
const readers = ['expert', 'leader'] as const;
const everyone = ['expert', 'leader', 'chair'] as const;

export const screenRegistry = [
  { id: 'intake', roles: office, label: 'nav.intake', component: IntakeScreen, gate: OfficeGate },
  {
    id: 'formalCheck',
    roles: office,
    label: 'nav.formalCheck',
    component: FormalCheckScreen,
    gate: OfficeGate,
  },
  { id: 'units', roles: office, label: 'nav.units', component: UnitsScreen, gate: OfficeGate },
  {
    id: 'expertsGroups',
    roles: office,
    label: 'nav.expertsGroups',
    component: PanelScreen,
    gate: OfficeGate,
  },
  {
    id: 'rubricRounds',
    roles: office,
    label: 'nav.rubricRounds',
    component: RubricRoundsScreen,
    gate: OfficeGate,
  },
  {
    id: 'sealing',
    roles: office,
    label: 'nav.sealing',
    component: SealingScreen,
    gate: OfficeGate,
  },
  {
    id: 'objections',
    roles: office,
    label: 'nav.objections',
    component: ObjectionsScreen,
    gate: OfficeGate,
  },
  {
    id: 'identity',
    roles: everyone,
    label: 'nav.identity',
    component: IdentityWithLockSettings,
    gate: null,
  },
  // The expert's desk: open a package with the identity or its passphrase (so no identity gate),
  // then its applications and materials; the readers' 申报列表 is the same desk.
  { id: 'unlock', roles: everyone, label: 'nav.unlock', component: DeskWithReader, gate: null },
  {
    id: 'applications',
    roles: readers,
    label: 'nav.applications',
    component: DeskWithReader,
    gate: null,
  },
  // 阅读材料: whoever can open a package reads it (the chair too); no identity gate, as the desk.
  { id: 'reader', roles: everyone, label: 'nav.reader', component: ReadingWithReader, gate: null },
  // 全文检索: every material of the open package searched at once; a hit opens on 阅读材料.
  { id: 'search', roles: readers, label: 'nav.search', component: SearchWithReader, gate: null },
  // 评语与评分: the undertaking, the progress, and the reader beside the scoring form.
  {
    id: 'scoring',
    roles: readers,
    label: 'nav.scoring',
    component: ReviewWithReader,
    // No identity gate: the screen says itself what signing needs (a passphrase alone cannot).
    gate: null,
  },
  // 组内合议: the members' bundles imported, the matrix, the records, votes and the decision.
  {
    id: 'deliberation',
    roles: ['leader'],
    label: 'nav.deliberation',
    component: DeliberationWithUnlock,
    // No identity gate: the screen says itself what chairing needs (the package, the identity).
    gate: null,
  },
  // The chair's (or acting vice-chair's) committee work: no identity gate, the screens say
  // themselves what signing needs (the package, the identity).
  {
    id: 'summary',
    roles: ['chair'],
    label: 'nav.summary',
    component: SummaryWithUnlock,
    gate: null,
  },
  { id: 'lists', roles: ['chair'], label: 'nav.lists', component: ListsWithUnlock, gate: null },
  {
    id: 'objectionReview',
    roles: ['chair'],
    label: 'nav.objectionReview',
    component: ObjectionReviewWithUnlock,
    gate: null,
  },
  planned('export', everyone, [15]),
] as const satisfies readonly ScreenEntry[];

export type ScreenId = (typeof screenRegistry)[number]['id'];

/** The registry's entry for a screen. */
export function screenEntry(id: ScreenId): ScreenEntry<ScreenId> {
  return screenRegistry.find((entry) => entry.id === id)!;
}
