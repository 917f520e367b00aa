import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

interface Fixture {
  /** Where the file would live: the config picks its rules by path, so no file is written. */
  file: string;
  source: string;
  /** A fragment of the message the rule gives, or null where the import is allowed. */
  refusal: string | null;
}

// Each layer rule of DESIGN.md broken once on purpose, beside an import the same file may make.
const FIXTURES: Fixture[] = [
  { file: 'src/domain/money/fixture.ts', source: "import { db } from '../../db';\nexport const x = db;\n", refusal: 'src/domain imports only itself' },
  { file: 'src/domain/money/fixture.ts', source: "import { useState } from 'react';\nexport const x = useState;\n", refusal: 'Only screens, hooks and the shell use React' },
  { file: 'src/domain/money/fixture.ts', source: "import Dexie from 'dexie';\nexport const x = Dexie;\n", refusal: 'Only src/db touches storage' },
  { file: 'src/domain/money/fixture.ts', source: "import { Money } from '../../ui/Money';\nexport const x = Money;\n", refusal: 'src/domain imports only itself' },
  { file: 'src/domain/money/fixture.ts', source: "import { toCsv } from '../csv/csv-export';\nexport const x = toCsv;\n", refusal: null },
  { file: 'src/db/repositories/fixture.ts', source: "import { useNow } from '../../shared/use-now';\nexport const x = useNow;\n", refusal: 'src/db imports src/domain only' },
  { file: 'src/db/repositories/fixture.ts', source: "import { ClientsScreen } from '../../features/clients/ClientsScreen';\nexport const x = ClientsScreen;\n", refusal: 'src/db imports src/domain only' },
  { file: 'src/db/repositories/fixture.ts', source: "import { DEMO_SOURCE } from '../../demo/demo-source';\nexport const x = DEMO_SOURCE;\n", refusal: 'src/db imports src/domain only' },
  { file: 'src/db/repositories/fixture.ts', source: "import { clientSchema } from '../../domain/model';\nexport const x = clientSchema;\n", refusal: null },
  { file: 'src/ui/Fixture.tsx', source: "import { db } from '../db';\nexport const x = db;\n", refusal: 'src/ui is presentational' },
  { file: 'src/ui/Fixture.tsx', source: "import { useTimer } from '../features/time';\nexport const x = useTimer;\n", refusal: 'src/ui is presentational' },
  { file: 'src/ui/Fixture.tsx', source: "import { useCommands } from '../app/use-commands';\nexport const x = useCommands;\n", refusal: 'src/ui is presentational' },
  { file: 'src/ui/Fixture.tsx', source: "import { useSettings } from '../shared/use-settings';\nexport const x = useSettings;\n", refusal: 'src/ui is presentational' },
  { file: 'src/ui/Fixture.tsx', source: "import { useDisplayLocale } from '../shared/settings-context';\nexport const x = useDisplayLocale;\n", refusal: null },
  { file: 'src/features/clients/Fixture.tsx', source: "import { db } from '../../db';\nexport const x = db;\n", refusal: 'A screen (.tsx) reads and writes only through its feature' },
  { file: 'src/features/clients/Fixture.tsx', source: "import { listClients } from '../../db/repositories/clients';\nexport const x = listClients;\n", refusal: 'A screen (.tsx) reads and writes only through its feature' },
  { file: 'src/features/clients/Fixture.tsx', source: "import { useLiveQuery } from 'dexie-react-hooks';\nexport const x = useLiveQuery;\n", refusal: 'Only src/db touches storage' },
  { file: 'src/features/clients/Fixture.tsx', source: "import { useClientList } from './use-clients';\nexport const x = useClientList;\n", refusal: null },
  { file: 'src/features/clients/use-fixture.ts', source: "import { db } from '../../db';\nexport const x = db;\n", refusal: null },
  { file: 'src/features/clients/Fixture.tsx', source: "import { FeedbackCard } from '../projects/FeedbackCard';\nexport const x = FeedbackCard;\n", refusal: 'Features use each other only through a feature' },
  { file: 'src/features/invoices/detail/Fixture.tsx', source: "import { RecordPaymentDialog } from '../../payments/RecordPaymentDialog';\nexport const x = RecordPaymentDialog;\n", refusal: 'Features use each other only through a feature' },
  { file: 'src/features/invoices/detail/Fixture.tsx', source: "import { RecordPaymentDialog } from '../../payments';\nexport const x = RecordPaymentDialog;\n", refusal: null },
  { file: 'src/features/invoices/detail/Fixture.tsx', source: "import { composeInvoice } from '../builder/compose-invoice';\nexport const x = composeInvoice;\n", refusal: null },
  { file: 'src/features/clients/Fixture.tsx', source: "import { useCommands } from '../../app/use-commands';\nexport const x = useCommands;\n", refusal: 'Features never reach into the app shell' },
  { file: 'src/shared/use-fixture.ts', source: "import { useTimer } from '../features/time';\nexport const x = useTimer;\n", refusal: 'src/shared is used by features and the shell' },
  { file: 'src/app/Fixture.tsx', source: "import { db } from '../db';\nexport const x = db;\n", refusal: 'A screen (.tsx) reads and writes only through its feature' },
  { file: 'src/app/use-fixture.ts', source: "import { saveSettings } from '../db/repositories/settings';\nexport const x = saveSettings;\n", refusal: 'The shell reads and writes through shared or feature hooks' },
  { file: 'src/app/Fixture.tsx', source: "import { HeaderTimer } from '../features/time/header-timer/HeaderTimer';\nexport const x = HeaderTimer;\n", refusal: 'The shell imports a feature through its public entry' },
  { file: 'src/app/Fixture.tsx', source: "import { HeaderTimer } from '../features/time';\nexport const x = HeaderTimer;\n", refusal: null },
  { file: 'src/demo/fixture.ts', source: "import { Money } from '../ui/Money';\nexport const x = Money;\n", refusal: 'The demo data is records' },
  { file: 'electron/services/fixture.ts', source: "import { db } from '../../src/db';\nexport const x = db;\n", refusal: 'Main-process code must not import renderer modules' },
];

describe('lint keeps the layers of DESIGN.md', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: projectRoot });
  });

  for (const fixture of FIXTURES) {
    const firstLine = fixture.source.split('\n')[0] ?? '';
    const verdict = fixture.refusal === null ? 'allows' : 'refuses';
    it(`${verdict} ${firstLine} in ${fixture.file}`, async () => {
      const [result] = await eslint.lintText(fixture.source, { filePath: `${projectRoot}/${fixture.file}` });
      const importMessages = (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
      if (fixture.refusal === null) expect(importMessages).toEqual([]);
      else expect(importMessages.join('\n')).toContain(fixture.refusal);
    });
  }
});
