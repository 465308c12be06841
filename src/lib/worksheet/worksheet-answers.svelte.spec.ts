import { describe, expect, it } from 'vitest';
import {
	MAX_ANSWER_CHARACTERS,
	readAnswers,
	WORKSHEET_PREFIX,
	WorksheetAnswers,
	type AnswerStorage
} from './worksheet-answers.svelte.ts';

/** A Map behind the Storage methods the answers use. */
function memoryStorage(entries: Record<string, string> = {}): AnswerStorage & {
	map: Map<string, string>;
} {
	const map = new Map(Object.entries(entries));
	return {
		map,
		getItem: (key) => map.get(key) ?? null,
		setItem: (key, value) => void map.set(key, value),
		removeItem: (key) => void map.delete(key)
	};
}

describe('WorksheetAnswers', () => {
	it('keeps each answer under the lesson, and a second visit reads them back', () => {
		const storage = memoryStorage();
		const first = new WorksheetAnswers('zhanaozen', storage);
		expect(first.kept).toBe(true);
		first.set('name', 'Aigerim');
		first.set('step:zhanaozen-massacre', 'The strike had lasted months.');
		expect(JSON.parse(storage.map.get(`${WORKSHEET_PREFIX}zhanaozen`)!)).toEqual({
			name: 'Aigerim',
			'step:zhanaozen-massacre': 'The strike had lasted months.'
		});
		const again = new WorksheetAnswers('zhanaozen', storage);
		expect(again.get('name')).toBe('Aigerim');
		expect(again.get('question:0')).toBe('');
		expect(new WorksheetAnswers('another-lesson', storage).empty).toBe(true);
	});

	it('clears every answer from the page and from storage', () => {
		const storage = memoryStorage();
		const answers = new WorksheetAnswers('zhanaozen', storage);
		answers.set('question:1', 'Because of the election.');
		answers.clear();
		expect(answers.empty).toBe(true);
		expect(storage.map.size).toBe(0);
		expect(new WorksheetAnswers('zhanaozen', storage).get('question:1')).toBe('');
	});

	it('says nothing is kept where there is no storage, and keeps the answers in the page', () => {
		const answers = new WorksheetAnswers('zhanaozen', null);
		expect(answers.kept).toBe(false);
		answers.set('name', 'Dana');
		expect(answers.get('name')).toBe('Dana');
	});

	it('says nothing is kept where storage reads but refuses to write, or fills up later', () => {
		const refusing = {
			...memoryStorage(),
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		};
		expect(new WorksheetAnswers('zhanaozen', refusing).kept).toBe(false);

		const storage = memoryStorage();
		const answers = new WorksheetAnswers('zhanaozen', storage);
		storage.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		answers.set('name', 'Dana');
		expect(answers.kept).toBe(false);
		expect(answers.get('name')).toBe('Dana');
	});

	it('cuts an answer longer than any student writes', () => {
		const answers = new WorksheetAnswers('zhanaozen', memoryStorage());
		answers.set('question:0', 'x'.repeat(MAX_ANSWER_CHARACTERS + 10));
		expect(answers.get('question:0')).toHaveLength(MAX_ANSWER_CHARACTERS);
	});
});

describe('readAnswers', () => {
	it.each([
		['nothing stored', null],
		['not JSON', '{name:'],
		['not an object of texts', '{"name": 3}'],
		['a list', '["a"]']
	])('reads %s as no answers', (_, raw) => {
		expect(readAnswers(raw)).toEqual({});
	});
});
