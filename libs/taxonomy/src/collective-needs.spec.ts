import { ALL_CATEGORIES, findCategory } from './categories';
import {
  COLLECTIVE_NEED_CATEGORIES,
  COLLECTIVE_NEED_GROUP_CODES,
  collectiveNeedGroupOf,
} from './collective-needs';

describe('collective needs', () => {
  it('are the eleven groups of the programme, each once', () => {
    const codes = COLLECTIVE_NEED_CATEGORIES.map((group) => group.code);
    expect(codes).toHaveLength(11);
    expect(codes).toEqual([...COLLECTIVE_NEED_GROUP_CODES]);
  });

  it('map each group to existing categories marked as collective needs', () => {
    for (const group of COLLECTIVE_NEED_CATEGORIES) {
      expect(group.labelFr.trim()).not.toBe('');
      expect(group.labelEn.trim()).not.toBe('');
      expect(group.categoryCodes.length).toBeGreaterThan(0);
      for (const code of group.categoryCodes) {
        expect([code, findCategory(code)?.collectiveNeed]).toEqual([code, true]);
      }
    }
  });

  it('put every collective-need category in exactly one group', () => {
    const grouped = COLLECTIVE_NEED_CATEGORIES.flatMap((group) => group.categoryCodes);
    const marked = ALL_CATEGORIES.filter((category) => category.collectiveNeed).map((c) => c.code);
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual([...marked].sort());
  });

  it('gather several categories where the need has several forms', () => {
    const mobility = COLLECTIVE_NEED_CATEGORIES.find((group) => group.code === 'MOBILITY');
    expect(mobility?.categoryCodes).toEqual([
      'EQUIPMENT_EV_CHARGING_POINTS',
      'SERVICE_SHUTTLE_BUS',
      'SERVICE_MULTI_SERVICE_STATION',
    ]);
    expect(collectiveNeedGroupOf('WATER_RAINWATER')?.code).toBe('WATER_MANAGEMENT');
    expect(collectiveNeedGroupOf('SERVICE_SECURITY_GUARDING')?.code).toBe('SECURITY');
    expect(collectiveNeedGroupOf('WASTE_CARDBOARD')).toBeUndefined();
  });
});
