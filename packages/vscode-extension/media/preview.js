// The hand-in preview's page: shows what the extension sends and scrolls both sides to a question.
;(() => {
  const vscode = acquireVsCodeApi()
  const root = document.getElementById('root')
  const styles = document.getElementById('report-styles')

  function columns() {
    return [document.getElementById('handin'), document.getElementById('github')].filter(Boolean)
  }

  window.addEventListener('message', (event) => {
    const message = event.data
    if (message.type === 'update') {
      // Keeps each side where the reader left it.
      const positions = columns().map((column) => column.scrollTop)
      if (message.styles) styles.textContent = message.styles
      root.innerHTML = message.html
      for (const [index, column] of columns().entries()) column.scrollTop = positions[index] ?? 0
    } else if (message.type === 'scroll') {
      for (const column of columns()) {
        const prefix = column.id === 'handin' ? 'handin-' : ''
        const target = message.question === null ? null : document.getElementById(`${prefix}question-${message.question}`)
        column.scrollTo({top: target ? target.offsetTop - column.offsetTop - 40 : 0})
      }
    }
  })
  vscode.postMessage({type: 'ready'})
})()
