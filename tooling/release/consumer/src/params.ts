/** Where the page's interview comes from: `?api=…&pk=…&study=…`. */
export const params = new URLSearchParams(location.search);
export const study = params.get('study') ?? '';
export const publishableKey = params.get('pk') ?? '';
export const api = params.get('api') ?? '';

/** Every typed `parley:turn` the page saw, for the test to read. */
export const turns: { status: string; reply: string }[] = ((window as unknown as { turns: unknown[] }).turns = []) as never;
document.addEventListener('parley:turn', (e) => turns.push({ status: e.detail.status, reply: e.detail.reply.text }));
