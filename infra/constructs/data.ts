import { Duration, Stack } from 'aws-cdk-lib';
import { AttributeType, BillingMode, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { Route } from '../../functions/api/route.js';
import { table as definition } from '../../functions/storage/table.js';
import type { Stage } from '../stage.js';

export type TableAccess = Route['tableAccess'];

/** The table actions per access level. TransactWriteItems is authorised per item, by these same actions. */
export const tableActions: Record<TableAccess, readonly string[]> = {
  none: [],
  read: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem'],
  'read-write': [
    'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem',
    'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem',
  ],
};

/** What DynamoDB asks of the caller's KMS permissions when the table has a customer managed key. */
export const keyActions: Record<TableAccess, readonly string[]> = {
  none: [],
  read: ['kms:Decrypt'],
  'read-write': ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'],
};

const sk = (name: string) => ({ name, type: AttributeType.STRING });

/**
 * The one table, from the same definition the local runtime uses, encrypted with the deployment's
 * own key (also used for the alarm topic), with point-in-time recovery
 * and the stream that carries notifications out.
 */
export class Data extends Construct {
  readonly key: Key;
  readonly table: Table;

  constructor(scope: Construct, id: string, stage: Stage) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: 'Doorbraak: the table and the alarm topic',
      enableKeyRotation: true,
      removalPolicy: stage.removalPolicy,
      pendingWindow: Duration.days(stage.prod ? 30 : 7),
    });
    this.table = new Table(this, 'Table', {
      partitionKey: sk(definition.partitionKey),
      sortKey: sk(definition.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      stream: StreamViewType[definition.stream],
      timeToLiveAttribute: definition.timeToLive,
      deletionProtection: stage.prod,
      removalPolicy: stage.removalPolicy,
    });
    for (const index of Object.values(definition.indexes))
      this.table.addGlobalSecondaryIndex({ indexName: index.name, partitionKey: sk(index.partitionKey), sortKey: sk(index.sortKey) });
  }

  /** Exactly the actions of one access level, on the table and its indexes by name: no wildcards. */
  grant(grantee: IGrantable, access: TableAccess): void {
    if (access === 'none') return;
    const indexArns = Object.values(definition.indexes).map((i) => `${this.table.tableArn}/index/${i.name}`);
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: [...tableActions[access]], resources: [this.table.tableArn, ...indexArns] }),
    );
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [...keyActions[access]],
        resources: [this.key.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${Stack.of(this).region}.amazonaws.com` } },
      }),
    );
  }
}
