import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The one table, single-table design. This definition is the only source: the local runtime and the
 * tests create the table from it, and the CDK app builds the real one from it.
 */
export const table = {
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: {
    /** Queues by fund and state, urgent first then by deadline or date: the manager's and panel's queues. */
    byState: { name: 'byState', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    /** An organisation's cases, newest first: the counsellor's list. */
    byOrganisation: { name: 'byOrganisation', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
    /** Earlier requests for the same client within the fund. */
    byClient: { name: 'byClient', partitionKey: 'GSI3PK', sortKey: 'GSI3SK' },
    /** A panel member's votes: "my votes and how they turned out". */
    byMember: { name: 'byMember', partitionKey: 'GSI4PK', sortKey: 'GSI4SK' },
    /**
     * Sparse: cases with something due (a reminder, automatic closing, a purge), by fund and the
     * moment it is due. The scheduled job reads only what is due, never the whole table.
     */
    byDue: { name: 'byDue', partitionKey: 'GSI5PK', sortKey: 'GSI5SK' },
    /** Sparse: every submitted case of a fund, in every state, newest submission first: the manager's case archive. */
    byFund: { name: 'byFund', partitionKey: 'GSI6PK', sortKey: 'GSI6SK' },
  },
  stream: 'NEW_AND_OLD_IMAGES',
  /** Items with this attribute (epoch seconds) are removed by DynamoDB once it has passed: idempotency answers. */
  timeToLive: 'expiresAt',
} as const;

export type IndexName = keyof typeof table.indexes;

export function createTableInput(tableName: string): CreateTableCommandInput {
  const indexes = Object.values(table.indexes);
  const keyNames = [table.partitionKey, table.sortKey, ...indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keyNames.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: table.partitionKey, KeyType: 'HASH' },
      { AttributeName: table.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: indexes.map((i) => ({
      IndexName: i.name,
      KeySchema: [
        { AttributeName: i.partitionKey, KeyType: 'HASH' },
        { AttributeName: i.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: table.stream },
  };
}
