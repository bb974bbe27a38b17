/**
 * Every word the SharePoint web parts show in the property pane or on the page, in one
 * place, ready for translation. Setting labels follow the embed code generator's wording so
 * a council meets the same names on every route.
 */
export const strings = {
  paneDescription: 'Settings for this tool. Nothing a person types into the tool leaves their browser.',
  groups: {
    saving: 'Saving',
    localNames: 'Your names and addresses',
    content: 'What the tool shows',
    layout: 'Layout',
  },
  settings: {
    storage: {
      label: 'Keep work on the device',
      description: 'Work is kept in this browser only, for the SharePoint site, never on a server.',
      choices: { none: 'Not at all', session: 'Until the browser tab is closed', local: 'On this device until cleared' },
    },
    checklist: { label: 'Checklist' },
    mode: { label: 'Start with', choices: { sessions: 'Sessions possible and attended', percent: 'A percentage' } },
    'heading-level': { label: 'Heading level of the tool', description: 'Choose the level that fits the headings above the web part on the page.' },
    'attendance-team': { label: 'Your attendance team', description: 'Used wherever the guidance names the attendance team.' },
    'virtual-school': { label: 'Your virtual school' },
    'inclusion-service': { label: 'Your inclusion service' },
    'base-url': {
      label: 'Address of the guidance pages',
      description: 'Where links to the guidance lead, ending in /guidance/, for example https://kit.example.gov.uk/guidance/. Leave empty only if the guidance is on this site.',
    },
    'responsibilities-url': {
      label: 'Address of the “who does what” page',
      description: 'For example https://kit.example.gov.uk/responsibilities/.',
    },
    'hidden-items': { label: 'Items to hide', description: 'Item ids separated by commas, for example lateness, transport.' },
    'hidden-factors': { label: 'Factors to hide', description: 'Factor ids separated by commas.' },
    'small-group-threshold': { label: 'Smallest group to show', description: 'Groups with fewer pupils are not shown apart, so no one can be identified. A whole number.' },
    example: { label: 'Offer the fictional worked example (for training)', on: 'Offered', off: 'Not offered' },
  },
  problemsHeading: 'Some settings of this web part were not used:',
  notAllowed: (label: string) => `${label}: this value is not allowed.`,
  notAChoice: (label: string, choices: string[]) => `${label}: choose one of ${choices.join(', ')}.`,
} as const;

export type SettingName = keyof typeof strings.settings;
