import type { PartialDate } from '../model/precision.ts';

/**
 * The dates a story has named so far, which a date without a year, or one counted from another
 * ("the next day", "on the 14th"), takes its bearings from.
 */
export class StoryDates {
	#inParagraph: PartialDate | undefined;
	#inPreviousParagraph: PartialDate | undefined;
	#heading: PartialDate | undefined;
	#anchor: PartialDate | undefined;
	#sentence = 0;
	#writtenInSentence = -1;

	enterParagraph(paragraph: string) {
		this.#inPreviousParagraph = this.#inParagraph ?? this.#inPreviousParagraph;
		this.#inParagraph = undefined;
		// A heading is a few words with a year and no full stop: "1991", "1991: Independence".
		const heading = /^\D{0,30}\b(1[0-9]\d\d|20\d\d)\b\D{0,30}$/.exec(paragraph);
		const sentence = /[.!?]["”’)]*$/.test(paragraph);
		if (heading && !sentence && paragraph.split(/\s+/).length <= 6) {
			this.#heading = { precision: 'year', year: Number(heading[1]) };
		}
	}

	enterSentence() {
		this.#sentence++;
	}

	/** A date whose year the text writes, outside any plan. */
	written(date: PartialDate) {
		this.#inParagraph = date;
		this.#writtenInSentence = this.#sentence;
	}

	/** Any date the story names, which the next "the following day" counts from. */
	named(date: PartialDate) {
		this.#anchor = date;
	}

	/** The document's own date, at its top: the story starts from it. */
	dated(date: PartialDate) {
		this.#anchor = date;
	}

	get anchor(): PartialDate | undefined {
		return this.#anchor;
	}

	/** The nearest written date was written in the sentence being read. */
	get inSentence(): boolean {
		return this.#inParagraph !== undefined && this.#writtenInSentence === this.#sentence;
	}

	/** A date close by: in this paragraph, under a heading, or, with no date published, just before. */
	nearby(published: Date | undefined): PartialDate | undefined {
		return (
			this.#inParagraph ?? this.#heading ?? (published ? undefined : this.#inPreviousParagraph)
		);
	}
}
