import { lessonPrompt, type Lesson, type TimelineEvent } from '$lib/model/types.ts';
import { slugify } from '$lib/model/ids.ts';

/** What the worksheet's text file is made from: the lesson as shown, and the student's answers. */
export interface WorksheetInput {
	lesson: Pick<Lesson, 'title' | 'questions' | 'prompts'>;
	events: Pick<TimelineEvent, 'id' | 'title'>[];
	answer: (field: string) => string;
	/** The lesson's address, so that the teacher can open what was answered. */
	link: string;
}

const NO_ANSWER = '(no answer)';

/** An answer as its own lines under the question; an empty one says so. */
const answerLines = (answer: string) => (answer.trim() === '' ? NO_ANSWER : answer.trimEnd());

/**
 * The worksheet as plain text to hand in: the student's name, class and date, then each task and
 * each question with the answer under it. Text only, so that it opens anywhere.
 */
export function worksheetText({ lesson, events, answer, link }: WorksheetInput): string {
	const lines = [
		`Worksheet: ${lesson.title}`,
		'',
		`Name: ${answer('name').trim()}`,
		`Class: ${answer('class').trim()}`,
		`Date: ${answer('date').trim()}`
	];
	events.forEach((event, index) => {
		const prompt = lessonPrompt(lesson, event.id);
		if (!prompt) return;
		lines.push('', `Step ${index + 1}: ${event.title}`, `Task: ${prompt}`, 'Answer:');
		lines.push(answerLines(answer(`step:${event.id}`)));
	});
	lesson.questions.forEach((question, index) => {
		lines.push('', `Question ${index + 1}: ${question}`, 'Answer:');
		lines.push(answerLines(answer(`question:${index}`)));
	});
	lines.push('', `Lesson: ${link}`, '');
	return lines.join('\n');
}

/** The file's name: the lesson's and the student's, so that a teacher's folder sorts by both. */
export function worksheetFileName(title: string, name: string): string {
	const words = [slugify(title) || 'lesson', slugify(name)].filter(Boolean).join('-');
	return `worksheet-${words}.txt`;
}
