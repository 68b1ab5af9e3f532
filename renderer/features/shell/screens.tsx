/** Which component draws each screen. Placeholders name the issue-to-come's scope honestly. */
import type { ReactElement } from 'react';
import type { ScreenId } from '../../app/navigation';
import { FormalCheckScreen } from '../formal-check/FormalCheckScreen';
import { IntakeScreen } from '../intake/IntakeScreen';
import { OfficeGate } from '../office/OfficeGate';
import { PanelScreen } from '../panel/PanelScreen';
import { PlaceholderScreen } from '../placeholder/PlaceholderScreen';
import { RubricRoundsScreen } from '../rubric-rounds/RubricRoundsScreen';
import { SealingScreen } from '../sealing/SealingScreen';
import { UnitsScreen } from '../units/UnitsScreen';

export function renderScreen(screen: ScreenId): ReactElement {
  switch (screen) {
    case 'units':
      return <UnitsScreen />;
    case 'rubricRounds':
      return (
        <OfficeGate>
          <RubricRoundsScreen />
        </OfficeGate>
      );
    case 'intake':
      return (
        <OfficeGate>
          <IntakeScreen />
        </OfficeGate>
      );
    case 'formalCheck':
      return (
        <OfficeGate>
          <FormalCheckScreen />
        </OfficeGate>
      );
    case 'expertsGroups':
      return (
        <OfficeGate>
          <PanelScreen />
        </OfficeGate>
      );
    case 'sealing':
      return (
        <OfficeGate>
          <SealingScreen />
        </OfficeGate>
      );
    case 'objections':
      return (
        <PlaceholderScreen title="nav.objections" plan="screen.objections.plan" articles={[21]} />
      );
    case 'unlock':
      return <PlaceholderScreen title="nav.unlock" plan="screen.unlock.plan" articles={[15]} />;
    case 'applications':
      return (
        <PlaceholderScreen
          title="nav.applications"
          plan="screen.applications.plan"
          articles={[19]}
        />
      );
    case 'reader':
      return <PlaceholderScreen title="nav.reader" plan="screen.reader.plan" articles={[15, 19]} />;
    case 'scoring':
      return (
        <PlaceholderScreen title="nav.scoring" plan="screen.scoring.plan" articles={[8, 19]} />
      );
    case 'deliberation':
      return (
        <PlaceholderScreen
          title="nav.deliberation"
          plan="screen.deliberation.plan"
          articles={[14, 19, 20]}
        />
      );
    case 'summary':
      return (
        <PlaceholderScreen title="nav.summary" plan="screen.summary.plan" articles={[13, 20]} />
      );
    case 'lists':
      return <PlaceholderScreen title="nav.lists" plan="screen.lists.plan" articles={[19, 20]} />;
    case 'objectionReview':
      return (
        <PlaceholderScreen
          title="nav.objectionReview"
          plan="screen.objectionReview.plan"
          articles={[21]}
        />
      );
    case 'export':
      return <PlaceholderScreen title="nav.export" plan="screen.export.plan" articles={[15]} />;
  }
}
