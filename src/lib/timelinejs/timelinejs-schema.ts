import { z } from 'zod';

// TimelineJS's JSON as its documentation gives it. Objects are loose: a file from another
// version may carry fields this site does not read, and they are let be.

const part = z.union([z.string(), z.number()]).optional().nullable();

export const TimelineJsDateSchema = z.looseObject({
	year: part,
	month: part,
	day: part,
	display_date: z.string().optional()
});

const SlideTextSchema = z.looseObject({
	headline: z.string().optional(),
	text: z.string().optional()
});

export const TimelineJsMediaSchema = z.looseObject({
	url: z.string().optional(),
	caption: z.string().optional(),
	credit: z.string().optional(),
	thumbnail: z.string().optional()
});

export const TimelineJsSlideSchema = z.looseObject({
	start_date: TimelineJsDateSchema.optional(),
	end_date: TimelineJsDateSchema.optional(),
	display_date: z.string().optional(),
	text: SlideTextSchema.optional(),
	media: TimelineJsMediaSchema.optional(),
	group: z.string().optional(),
	unique_id: z.string().optional()
});

export const TimelineJsSchema = z.looseObject({
	title: TimelineJsSlideSchema.optional(),
	events: z.array(TimelineJsSlideSchema),
	eras: z.array(TimelineJsSlideSchema).optional()
});

export type TimelineJsSlide = z.infer<typeof TimelineJsSlideSchema>;
export type TimelineJsDocument = z.infer<typeof TimelineJsSchema>;
