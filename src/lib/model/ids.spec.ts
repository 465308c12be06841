import { describe, expect, it } from 'vitest';
import { isId, slugify } from './ids.ts';

describe('isId', () => {
	it.each(['zhanaozen-massacre', 'a', '2011', 'oil-2008-crisis'])('takes %s', (id) => {
		expect(isId(id)).toBe(true);
	});

	it.each(['', 'Zhanaozen', 'two  words', '-lead', 'trail-', 'a--b', 'ö', 'a_b', 42, null])(
		'refuses %s',
		(value) => {
			expect(isId(value)).toBe(false);
		}
	);
});

describe('slugify', () => {
	it('drops accents rather than splitting the word at them', () => {
		expect(slugify('Zhanaözen')).toBe('zhanaozen');
		expect(slugify('Öskemen')).toBe('oskemen');
	});

	it('joins the words of any text with single hyphens', () => {
		expect(slugify('  Ak Zhol — Bright Path!  ')).toBe('ak-zhol-bright-path');
		expect(slugify('Zhanaozen & the “state of emergency”!')).toBe(
			'zhanaozen-the-state-of-emergency'
		);
	});

	it('writes Russian and Kazakh words in Latin letters', () => {
		expect(slugify('Қазақстан тәуелсіздігі')).toBe('qazaqstan-tauelsizdigi');
		expect(slugify('Жаңаөзен: забастовка нефтяников')).toBe('zhanaozen-zabastovka-neftyanikov');
		expect(slugify('Съезд «Нур Отан», Ёлка')).toBe('sezd-nur-otan-yolka');
	});

	it('leaves nothing of words in a script it does not spell in Latin', () => {
		expect(slugify('中文标题')).toBe('');
	});

	it('makes ids', () => {
		for (const text of ['Zhanaözen', 'A — B', 'x1 y2']) expect(isId(slugify(text))).toBe(true);
	});
});
