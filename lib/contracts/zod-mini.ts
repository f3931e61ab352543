import { z } from 'zod/mini';
import { en } from 'zod/locales';

// The contracts use zod's functional build (zod/mini): the same validation core, but schemas
// without classic zod's ~40 methods each, so that the worker and the overlay frame evaluate them in
// a fraction of the time at start. zod/mini carries no error messages of its own: this gives it
// classic zod's English ones, which the stores and the import report show.
z.config(en());

export { z };
