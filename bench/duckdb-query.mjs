// One DuckDB query as its own Node process, for whole-process timing beside `report`
// (bench/whole-process.ts): node bench/duckdb-query.mjs SQL → the rows as JSON on stdout.
import { DuckDBInstance } from '@duckdb/node-api'

const instance = await DuckDBInstance.create(':memory:')
const connection = await instance.connect()
const reader = await connection.runAndReadAll(process.argv[2])
process.stdout.write(JSON.stringify(reader.getRowObjectsJS(), (_, v) => (typeof v === 'bigint' ? Number(v) : v)))
connection.closeSync()
instance.closeSync()
