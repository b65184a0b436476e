import { forgetCachedFund, putFund } from '../../../functions/fund/fund.repository.js';
import { demoFunds, demoUsers } from '../../../functions/local/demo/demo-funds.js';
import { putUser } from '../../../functions/people/user.repository.js';
import type { Store } from '../../../functions/storage/store.js';

/** The demo funds and users without the demo cases: a small table, quick to compare item by item. */
export async function seedPeople(store: Store): Promise<void> {
  for (const user of demoUsers) await putUser(store, user);
  await restoreFunds(store);
}

/** Puts the demo funds back as they were, after a test may have changed their settings. */
export async function restoreFunds(store: Store): Promise<void> {
  for (const fund of demoFunds) {
    await putFund(store, fund, { createOnly: false });
    forgetCachedFund(fund.id);
  }
}
