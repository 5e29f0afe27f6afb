-- Headless Neovim (0.7+) as a second, independent LSP client: starts `node dist/server.js --stdio`,
-- opens one protocol, waits for its diagnostics, asks for its document symbols, edits barcamp.json on
-- disk so that the unknown owner becomes known (Neovim 0.7 watches no files for the server: the server
-- watches itself), runs the aggregate through workspace/executeCommand, and writes what it got as JSON
-- to $BARCAMP_OUT. Checks happen in nvim.test.mjs; this script exits non-zero only when it could not
-- collect (no client, timeout, Lua error). Env: BARCAMP_SERVER, BARCAMP_ROOT, BARCAMP_FILE,
-- BARCAMP_EXPECT (comma-separated codes to wait for), BARCAMP_OWNER (the owner barcamp.json gets),
-- BARCAMP_OUT, BARCAMP_TIMEOUT_MS.

local env = vim.env
local timeout = tonumber(env.BARCAMP_TIMEOUT_MS or '20000')
local result = { diagnostics = {}, symbols = nil, after_plan_edit = nil, aggregate = nil, errors = {} }

local function write_result()
  local file = assert(io.open(env.BARCAMP_OUT, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

local function code_of(d)
  if d.code ~= nil then return d.code end
  local lsp = d.user_data and d.user_data.lsp
  return lsp and lsp.code or nil
end

local function collect()
  local expected = vim.split(env.BARCAMP_EXPECT or '', ',', { trimempty = true })
  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'barcamp',
    cmd = { 'node', env.BARCAMP_SERVER, '--stdio' },
    root_dir = env.BARCAMP_ROOT,
    get_language_id = function() return 'barcamp-session' end,
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
  })
  if not client_id then error('vim.lsp.start_client returned nil') end

  vim.cmd('edit ' .. vim.fn.fnameescape(env.BARCAMP_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'barcamp-session'
  if not vim.lsp.buf_attach_client(bufnr, client_id) then error('could not attach the client to the buffer') end

  -- Wait (polling, with a deadline) until every expected code has arrived, or the server died.
  local function has_all()
    if exited then return true end
    local codes = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do codes[tostring(code_of(d))] = true end
    for _, code in ipairs(expected) do
      if not codes[code] then return false end
    end
    return #expected > 0 or #vim.diagnostic.get(bufnr) > 0
  end
  if not vim.wait(timeout, has_all, 20) then
    table.insert(result.errors, 'timed out waiting for the diagnostics ' .. table.concat(expected, ', '))
  end
  if exited then table.insert(result.errors, 'the server exited: ' .. vim.inspect(exited)) end

  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, {
      code = code_of(d), source = d.source, message = d.message, severity = d.severity, line = d.lnum,
    })
  end

  local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr) }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', params, timeout)
  if not responses then
    table.insert(result.errors, 'documentSymbol request failed: ' .. tostring(err))
  else
    local response = responses[client_id]
    if response and response.err then
      table.insert(result.errors, 'documentSymbol error: ' .. vim.inspect(response.err))
    elseif response then
      result.symbols = response.result
    end
  end

  -- barcamp.json edited on disk, as in another editor or by `git pull`: the owner is listed from now on.
  local plan_path = env.BARCAMP_ROOT .. '/barcamp.json'
  local plan = assert(io.open(plan_path, 'r')):read('*a')
  local person = string.format('"people": [\n    { "id": "%s", "name": "Max Mustermann" },', env.BARCAMP_OWNER)
  local edited, replaced = plan:gsub('"people": %[', function() return person end, 1)
  if replaced ~= 1 then error('barcamp.json has no "people" list') end
  local plan_file = assert(io.open(plan_path, 'w'))
  plan_file:write(edited)
  plan_file:close()
  local function owner_known()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if code_of(d) == 'unknown-person' then return exited ~= nil end
    end
    return true
  end
  if not vim.wait(timeout, owner_known, 20) then
    table.insert(result.errors, 'timed out waiting for the diagnostics after barcamp.json changed on disk')
  end
  result.after_plan_edit = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do table.insert(result.after_plan_edit, code_of(d)) end

  -- The documentation, written by the server as `barcamp aggregate` would write it.
  local command = { command = 'barcamp.server.aggregate', arguments = { vim.uri_from_bufnr(bufnr) } }
  local answers, command_err = vim.lsp.buf_request_sync(bufnr, 'workspace/executeCommand', command, timeout)
  local answer = answers and answers[client_id]
  if not answer then
    table.insert(result.errors, 'executeCommand failed: ' .. tostring(command_err))
  elseif answer.err then
    table.insert(result.errors, 'executeCommand error: ' .. vim.inspect(answer.err))
  else
    result.aggregate = answer.result
  end

  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return exited ~= nil end, 20)
end

local ok, problem = pcall(collect)
if not ok then table.insert(result.errors, 'Lua error: ' .. tostring(problem)) end
local written, write_problem = pcall(write_result)
if ok and written and #result.errors == 0 then
  vim.cmd('qall!')
else
  if not written then io.stderr:write('could not write the result: ' .. tostring(write_problem) .. '\n') end
  vim.cmd('cquit 1')
end
