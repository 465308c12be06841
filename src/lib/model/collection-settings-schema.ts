import { z } from 'zod';
import { EventDateSchema, text, WebAddressSchema } from './schema.ts';

export const MAX_ERAS = 50;
export const MAX_ERA_TITLE = 200;

export const CollectionSettingsSchema = z.strictObject({
	/** Its name, e.g. "Kazakhstan 1990–2012": the header, every page title, file names. */
	title: text.max(80, 'must be at most 80 characters'),
	/** One line on what it covers, for search engines and link previews. */
	description: text.max(300, 'must be at most 300 characters'),
	/** The language its titles, descriptions and quotes are written in. */
	language: z
		.string()
		.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en, ru or kk'),
	/** Whether every event must carry a verbatim quote from a source. */
	quotesRequired: z.boolean(),
	/**
	 * Whether every event needs a description in the collection's own words. A timeline a
	 * teacher makes in the browser may open with its quotes alone, before any is written.
	 */
	descriptionsRequired: z.boolean().default(true),
	/**
	 * Named stretches of time the collection's author marked out (a TimelineJS timeline's eras),
	 * listed beside its timeline. Optional; the site's own collection has none.
	 */
	eras: z
		.array(z.strictObject({ title: text.max(MAX_ERA_TITLE), date: EventDateSchema }))
		.max(MAX_ERAS)
		.optional(),
	/**
	 * For the About page: who made the collection, and where a reader reports an error in it (a
	 * web address or a mailto: address). Each optional: the page leaves out what is not given.
	 */
	about: z
		.strictObject({
			madeBy: text.max(300, 'must be at most 300 characters').optional(),
			reportTo: z
				.union([WebAddressSchema, z.string().regex(/^mailto:[^\s@]+@[^\s@]+\.[^\s@]+$/)], {
					error: 'must be a web address (http or https) or a mailto: address'
				})
				.optional()
		})
		.optional()
});

export type CollectionSettings = z.infer<typeof CollectionSettingsSchema>;
