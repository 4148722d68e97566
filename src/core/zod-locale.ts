import { z } from 'zod';

// Zod's built-in messages in Vietnamese, for the server and the web forms alike. Our own
// schemas give field-specific messages; this covers the generic ones (wrong type, etc.).
z.config(z.locales.vi());
