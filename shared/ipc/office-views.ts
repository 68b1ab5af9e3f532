/** The office desk's views, as the channel map carries them (they live in shared/office). */
export * from '../office/office-views';
