import { createFormatter, FORMAT_EXTENSIONS } from '../lib/cli/formats';
import type { Format } from '../lib/cli/args';

test('the extension table that folder walks use is the one each formatter writes', () => {
  for (const [format, extension] of Object.entries(FORMAT_EXTENSIONS))
    expect(createFormatter(format as Format, { colors: false, types: [], inputNames: [] }).extension).toBe(extension);
});
