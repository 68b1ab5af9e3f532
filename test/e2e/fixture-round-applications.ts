/**
 * The office fixture's three applications (office-fixture.ts) as a round sealed by the office's
 * core holds them (test/fixtures/sealed-round.ts): the e2e fixtures that seal a round say only
 * what each application's materials are.
 */
import type { RoundApplication, RoundMaterial } from '../fixtures/sealed-round';
import { applicationText } from '../fixtures/sealed-round';
import { storedDocx } from '../support/marker-documents';
import { MATERIAL_MARKER, fixtureApplications } from './office-fixture';

export type FixtureApplication = (typeof fixtureApplications)[number];

/** Every application of the fixture, with the materials `materialsOf` gives it. */
export async function fixtureRoundApplications(
  materialsOf: (app: FixtureApplication, index: number) => Promise<readonly RoundMaterial[]>,
): Promise<RoundApplication[]> {
  const applications: RoundApplication[] = [];
  for (const [index, app] of fixtureApplications.entries()) {
    applications.push({
      applicationNo: app.no,
      applicantName: app.name,
      experienceTitle: app.title,
      scope: app.scope,
      materials: await materialsOf(app, index),
    });
  }
  return applications;
}

/**
 * The application's 申报材料 (.docx, stored uncompressed: a leak of its bytes shows its text),
 * whose first paragraph is its title and the materials' marker; `write` makes a longer one.
 */
export async function markedApplicationText(
  app: FixtureApplication,
  write: (firstParagraph: string) => Promise<Uint8Array> = storedDocx,
): Promise<RoundMaterial> {
  return applicationText(
    `${app.name}申报材料.docx`,
    await write(`${app.title}：${MATERIAL_MARKER}`),
  );
}
