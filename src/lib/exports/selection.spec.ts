import { describe, expect, it } from 'vitest';
import { describeSelection, exportStem, type ExportSelection } from './selection.ts';

const stem = (selection: ExportSelection) => exportStem(selection, 'Kazakhstan 1990–2012');

const labour = { id: 'labour', label: 'Labour and strikes' };
const repression = { id: 'repression', label: 'Repression' };
const lesson = {
	id: 'zhanaozen-state-of-emergency',
	title: 'Zhanaozen and the state of emergency'
};
const none: ExportSelection = { lesson: null, themes: null, query: '' };

describe('exportStem', () => {
	it('names what the files hold: themes, search and lesson', () => {
		expect(stem(none)).toBe('kazakhstan-1990-2012-all-events');
		expect(stem({ ...none, themes: [labour, repression], query: 'Oil' })).toBe(
			'kazakhstan-1990-2012-labour-repression-search-oil'
		);
		expect(stem({ ...none, lesson })).toBe(
			'kazakhstan-1990-2012-lesson-zhanaozen-state-of-emergency'
		);
	});

	it('keeps only lower-case ASCII words and hyphens, whatever the search', () => {
		const name = stem({ ...none, query: '../../etc/passwd <script> Zhanaözen  "x"' });
		expect(name).toBe('kazakhstan-1990-2012-search-etc-passwd-script-zhanaozen-x');
		expect(stem({ ...none, query: 'Жанаозен' })).toBe('kazakhstan-1990-2012-search-zhanaozen');
		expect(stem({ ...none, query: '扎瑙津' })).toBe('kazakhstan-1990-2012-search');
	});

	it('starts with the title of the collection the files come from', () => {
		expect(exportStem(none, 'Strikes in the West, 2011')).toBe(
			'strikes-in-the-west-2011-all-events'
		);
		expect(exportStem({ ...none, query: 'oil' }, 'Жанаозен 2011')).toBe(
			'zhanaozen-2011-search-oil'
		);
		expect(exportStem(none, 'Қазақстан')).toBe('qazaqstan-all-events');
		expect(exportStem(none, '哈萨克斯坦')).toBe('timeline-all-events');
	});

	it('cuts a long name at a word, under 100 characters', () => {
		const name = stem({ ...none, query: 'strike '.repeat(40) });
		expect(name.length).toBeLessThanOrEqual(96);
		expect(name).toMatch(/^kazakhstan-1990-2012-search-(strike-)+strike$/);
	});
});

describe('describeSelection', () => {
	it('says how many events and what chose them', () => {
		expect(describeSelection(40, none)).toBe('40 events: the whole collection');
		expect(describeSelection(1, { ...none, themes: [labour], query: ' oil ' })).toBe(
			'1 event in the theme Labour and strikes, matching “oil”'
		);
		expect(describeSelection(5, { ...none, lesson, themes: [labour, repression] })).toBe(
			'5 events of the lesson “Zhanaozen and the state of emergency”, in the themes Labour and strikes, Repression'
		);
	});
});
