declare module 'virtual:kz-content' {
	const collection: import('$lib/model/types.ts').Collection;
	export default collection;
}
