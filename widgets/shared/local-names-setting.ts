/**
 * The council's local names as a configuration setting, for any widget whose text uses the
 * {attendanceTeam}, {virtualSchool} and {inclusionService} placeholders. Checks a partial
 * set: the shared resolver merges it over the names already in force, so an attribute for
 * one name keeps the others from the inline JSON.
 */
import { localNameKeys, type LocalNames } from '../../content/schemas/local-names.ts';
import { textSetting, type SettingCheck } from './config.ts';

export function localNamesSetting(maxChars: number): SettingCheck<LocalNames> {
  const nameCheck = textSetting(maxChars);
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: `must be an object with any of: ${localNameKeys.join(', ')}` };
    const names: Partial<LocalNames> = {};
    for (const [key, raw] of Object.entries(value)) {
      if (!(localNameKeys as string[]).includes(key)) return { error: `has "${key}"; expected any of: ${localNameKeys.join(', ')}` };
      const checked = nameCheck(raw);
      if ('error' in checked) return { error: `has "${key}", which ${checked.error}` };
      names[key as keyof LocalNames] = checked.value;
    }
    return { value: names as LocalNames };
  };
}
