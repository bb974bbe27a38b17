import taxonomy from '../../content/taxonomy.json' with { type: 'json' };

export const audiences = taxonomy.audiences;
export const topics = taxonomy.topics;

export function audienceLabel(id: string): string {
  return audiences.find((a) => a.id === id)?.label ?? id;
}

export function topicLabel(id: string): string {
  return topics.find((t) => t.id === id)?.label ?? id;
}
