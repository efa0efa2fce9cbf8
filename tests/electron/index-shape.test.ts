// @vitest-environment node
// The README says electron/main/index.ts is "a list of setup calls": this keeps it one.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/** The one call Electron needs before the app is ready, which no setup function can make later. */
const BEFORE_READY = 'protocol.registerSchemesAsPrivileged'

const isSetupCall = (e: ts.Expression): boolean => {
  const call = ts.isAwaitExpression(e) ? e.expression : e
  return ts.isCallExpression(call) && ts.isIdentifier(call.expression) && /^setup[A-Z]/.test(call.expression.text)
}

/** `void app.whenReady().then(async () => { … })`: the callback's body, else undefined. */
function whenReadyBody(e: ts.Expression): ts.Block | undefined {
  const call = ts.isVoidExpression(e) ? e.expression : e
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return undefined
  if (!call.expression.getText().startsWith('app.whenReady().then')) return undefined
  const callback = call.arguments[0]
  return callback && ts.isArrowFunction(callback) && ts.isBlock(callback.body) ? callback.body : undefined
}

/** Each statement of index.ts that is not an import, a constant or a setup call, as written. */
function notSetupCalls(source: string): string[] {
  const file = ts.createSourceFile('index.ts', source, ts.ScriptTarget.ES2022, true)
  const problems: string[] = []
  const visit = (statements: readonly ts.Statement[], inReady: boolean) => {
    for (const s of statements) {
      if (!inReady && ts.isImportDeclaration(s)) continue
      if (!inReady && ts.isVariableStatement(s) && s.declarationList.flags & ts.NodeFlags.Const) continue
      if (ts.isIfStatement(s) && isSetupCall(s.expression) && !s.elseStatement && ts.isBlock(s.thenStatement)) {
        visit(s.thenStatement.statements, inReady)
        continue
      }
      if (ts.isExpressionStatement(s)) {
        if (isSetupCall(s.expression)) continue
        if (!inReady && ts.isCallExpression(s.expression) && s.expression.expression.getText() === BEFORE_READY)
          continue
        const body = inReady ? undefined : whenReadyBody(s.expression)
        if (body) {
          visit(body.statements, true)
          continue
        }
      }
      problems.push(s.getText().split('\n')[0]!)
    }
  }
  visit(file.statements, false)
  return problems
}

describe('electron/main/index.ts', () => {
  it('is a list of setup calls', () => {
    const source = readFileSync(join(__dirname, '../../electron/main/index.ts'), 'utf8')
    expect(notSetupCalls(source)).toEqual([])
  })

  it('would be flagged for a function of its own or a call that is not a setup', () => {
    const source = [
      "import { app } from 'electron'",
      'function createWindow() {}',
      'let window = null',
      'void app.whenReady().then(async () => {',
      '  setupIpc()',
      '  Menu.setApplicationMenu(null)',
      '})',
      "app.on('window-all-closed', () => app.quit())",
    ].join('\n')
    expect(notSetupCalls(source)).toEqual([
      'function createWindow() {}',
      'let window = null',
      'Menu.setApplicationMenu(null)',
      "app.on('window-all-closed', () => app.quit())",
    ])
  })
})
