import { findCategory } from '@symbiose/taxonomy';
import { CAHORS_SUD, generateDemoData } from './cahors-sud';
import { generateInterviewCampaign } from './interview-campaign';
import { CONTRIBUTING_FIRMS, EVENT_ATTENDANCES, generateProgramme } from './programme';

describe("the LOT'EC programme", () => {
  const data = generateDemoData();
  const campaign = generateInterviewCampaign(data);
  const programme = generateProgramme(data, campaign);
  const byKind = (kind: string) => programme.workshops.find((w) => w.kind === kind);

  it('studies 44 actions, each title once, categories of their own theme', () => {
    expect(programme.actions).toHaveLength(44);
    expect(new Set(programme.actions.map((action) => action.title)).size).toBe(44);
    for (const action of programme.actions.filter((a) => a.categoryCode)) {
      expect([action.title, findCategory(action.categoryCode ?? '')?.theme]).toEqual([
        action.title,
        action.theme,
      ]);
    }
  });

  it('gathers 55 attendances at the two events, from the 22 September 2022 meeting on', () => {
    const awareness = byKind('AWARENESS_EVENT');
    const networking = byKind('NETWORKING');
    expect(awareness?.startsAt).toBe('2022-09-22T18:00:00+02:00');
    expect(awareness?.attendees).toHaveLength(EVENT_ATTENDANCES.awareness);
    expect(networking?.attendees).toHaveLength(EVENT_ATTENDANCES.networking);
    expect(EVENT_ATTENDANCES.awareness + EVENT_ATTENDANCES.networking).toBe(55);
  });

  it('names each attendee of a workshop once, so that recording them again adds nobody', () => {
    for (const workshop of programme.workshops) {
      const names = workshop.attendees.map((attendee) => attendee.personName);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('has 34 contributing firms of Cahors Sud: the interviewed ones and the attendees', () => {
    const parkFirms = new Set(
      data.organizations.filter((o) => o.zone === CAHORS_SUD).map((o) => o.siret),
    );
    const contributing = new Set([
      ...campaign.interviews.map((interview) => interview.siret),
      ...programme.workshops.flatMap((w) => w.attendees.flatMap((a) => (a.siret ? [a.siret] : []))),
    ]);
    expect(contributing.size).toBe(CONTRIBUTING_FIRMS);
    expect([...contributing].every((siret) => parkFirms.has(siret))).toBe(true);
  });

  it('follows each chosen action with a group of the firms sharing its need, comparing scenarios', () => {
    const groups = programme.workshops.filter((w) => w.kind === 'FOLLOW_UP_GROUP');
    expect(groups.map((group) => group.followUp?.categoryCode)).toEqual([
      'HR_RECRUITMENT',
      'SERVICE_SECURITY_GUARDING',
      'SERVICE_WASTE_COLLECTION',
    ]);
    const prioritisation = byKind('PRIORITISATION');
    for (const group of groups) {
      const { followUp } = group;
      const needing = campaign.interviews.filter((interview) =>
        interview.declarations.some(
          (d) => d.kind === 'NEED' && d.categoryCode === followUp?.categoryCode,
        ),
      );
      const firms = group.attendees.flatMap((a) => (a.siret ? [a.siret] : []));
      // A collective synergy takes two organizations sharing the need.
      expect(firms.length).toBeGreaterThanOrEqual(2);
      expect(new Set(firms)).toEqual(new Set(needing.map((interview) => interview.siret)));
      expect(group.startsAt > (prioritisation?.startsAt ?? '')).toBe(true);
      expect(followUp?.scenarios.length).toBeGreaterThanOrEqual(2);
      if (followUp?.chosen) {
        expect(followUp.scenarios.map((scenario) => scenario.title)).toContain(followUp.chosen);
      }
    }
    expect(groups.map((group) => group.followUp?.chosen !== undefined)).toEqual([
      false,
      true,
      true,
    ]);
    expect(groups.flatMap((group) => group.decisions.flatMap((d) => d.actionTitles))).toEqual(
      programme.chosen.slice(1),
    );
  });

  it('lets only attendees of the prioritisation workshop vote, once per candidate', () => {
    const { votes, candidates } = programme.prioritisation;
    const attendees = new Set(byKind('PRIORITISATION')?.attendees.map((a) => a.siret));
    expect(votes.every((vote) => attendees.has(vote.siret))).toBe(true);
    const keys = votes.map((vote) => `${vote.siret} ${vote.actionTitle}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(votes.map((vote) => vote.actionTitle))).toEqual(new Set(candidates));
  });
});
