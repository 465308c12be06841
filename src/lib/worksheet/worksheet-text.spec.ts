import { describe, expect, it } from 'vitest';
import { worksheetFileName, worksheetText } from './worksheet-text.ts';

describe('worksheetText', () => {
	const answers: Record<string, string> = {
		name: ' Aigerim ',
		class: '10B',
		'step:strike': 'They asked for higher pay.\nAnd for the union.\n\n',
		'question:1': 'Because of the election.'
	};
	const text = worksheetText({
		lesson: {
			title: 'Zhanaozen',
			questions: ['Who went on strike?', 'Why then?'],
			prompts: { strike: 'What did the workers ask for?' }
		},
		events: [
			{ id: 'strike', title: 'Oil workers strike' },
			{ id: 'massacre', title: 'Security forces fire on the strikers' }
		],
		answer: (field) => answers[field] ?? '',
		link: 'https://example.org/lessons/zhanaozen/?worksheet'
	});

	it('gives the name, class and date, each task and question with its answer, and the link', () => {
		expect(text).toBe(
			[
				'Worksheet: Zhanaozen',
				'',
				'Name: Aigerim',
				'Class: 10B',
				'Date: ',
				'',
				'Step 1: Oil workers strike',
				'Task: What did the workers ask for?',
				'Answer:',
				'They asked for higher pay.\nAnd for the union.',
				'',
				'Question 1: Who went on strike?',
				'Answer:',
				'(no answer)',
				'',
				'Question 2: Why then?',
				'Answer:',
				'Because of the election.',
				'',
				'Lesson: https://example.org/lessons/zhanaozen/?worksheet',
				''
			].join('\n')
		);
	});

	it('leaves out a step with no task, as the worksheet has no box for it', () => {
		expect(text).not.toContain('Security forces fire');
	});
});

describe('worksheetFileName', () => {
	it('names the lesson and the student, in Latin letters', () => {
		expect(worksheetFileName('Zhanaozen and the state of emergency', 'Айгерим Б.')).toBe(
			'worksheet-zhanaozen-and-the-state-of-emergency-aygerim-b.txt'
		);
	});

	it('names the lesson alone when no name is given, and something when the title has no Latin', () => {
		expect(worksheetFileName('Zhanaozen', '')).toBe('worksheet-zhanaozen.txt');
		expect(worksheetFileName('中文', '')).toBe('worksheet-lesson.txt');
	});
});
