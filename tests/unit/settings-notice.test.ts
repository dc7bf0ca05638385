import { describe, expect, it } from 'vitest';
import { keptAsideLabel, keptAsideText } from '../../components/SettingsNotice';
import { createTranslator } from '../../lib/i18n';
import { WHOLE_VALUE } from '../../lib/settings';

describe('the options notice for settings that could not be read', () => {
  const zh = createTranslator('zh-CN');

  it('names a setting by the options section that holds it', () => {
    expect(keptAsideLabel(zh, 'language')).toBe('语言');
    expect(keptAsideLabel(zh, 'cases')).toBe('跟进提醒');
  });

  it('names an unknown field by its stored name, and the whole value as all settings', () => {
    expect(keptAsideLabel(zh, 'theme')).toBe('未知设置“theme”');
    expect(keptAsideLabel(zh, 'toString')).toBe('未知设置“toString”');
    expect(keptAsideLabel(zh, WHOLE_VALUE)).toBe('全部设置');
  });

  it('shows the kept value as short JSON text', () => {
    expect(keptAsideText('fr-FR')).toBe('"fr-FR"');
    expect(keptAsideText({ followUpAfterDays: 500 })).toBe('{"followUpAfterDays":500}');
    expect(keptAsideText('x'.repeat(200), 10)).toBe(`"${'x'.repeat(8)}…`);
  });
});
