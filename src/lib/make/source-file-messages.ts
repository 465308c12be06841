import type { SourceFileProblem } from './read-source-file.ts';

// The words a teacher reads when a file cannot be used, apart from the logic that finds why.

const SUPPORTED =
	'a plain text file (.txt), a Markdown file (.md), a web page saved from your browser ' +
	'(.html or .htm) or a Word document (.docx)';

/** What to do with a kind of file people often have that this cannot read. */
const INSTEAD: Record<string, string> = {
	pdf: ' To use a PDF, copy its text into a plain text file, or save it from Word as .docx.',
	doc: ' Open an older Word file (.doc) in Word and save it as .docx.',
	rtf: ' Open it in a word processor and save it as .docx or as plain text.',
	odt: ' Open it in a word processor and save it as .docx or as plain text.'
};

const megabytes = new Intl.NumberFormat('en', {
	style: 'unit',
	unit: 'megabyte',
	maximumFractionDigits: 1
});

/** Megabytes to one decimal, rounded up: a file just over 2 MB is 2.1 MB, not 2. */
function roundedUp(bytes: number): number {
	return Math.ceil((bytes / 2 ** 20) * 10) / 10;
}

/** A sentence that names the file and says what is wrong with it and what to do instead. */
export function sourceFileMessage(
	problem: SourceFileProblem,
	file: { name: string; size: number },
	maxBytes: number
): string {
	const name = `“${file.name}”`;
	switch (problem) {
		case 'unsupported': {
			const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
			return `${name} is not a kind of file this page can read. Open ${SUPPORTED}.${INSTEAD[extension] ?? ''}`;
		}
		case 'too-large':
			return `${name} is ${megabytes.format(roundedUp(file.size))}, and a file can be at most ${megabytes.format(maxBytes / 2 ** 20)}. Open a shorter article, or copy the part you need into a new file.`;
		case 'binary':
			return `${name} does not hold text this page can read: it may be another kind of file under a text file's name, or text saved in an encoding other than UTF-8. Save it as UTF-8 text and open it again.`;
		case 'docx-unpacks-too-large':
			return `${name} unpacks to far more than a Word document of text would: it may be built to hang the page that opens it, and was not read. Copy the text you need into a new document, or paste it.`;
		case 'unreadable-docx':
			return `${name} could not be read as a Word document. It may be damaged, or an older .doc file renamed; open it in Word, save it as .docx and open it again.`;
		case 'unreadable':
			return `${name} could not be read. It may have been moved or changed since you chose it; choose it again.`;
		case 'empty':
			return `${name} has no text to read.`;
	}
}
