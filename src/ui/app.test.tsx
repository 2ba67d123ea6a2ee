import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './app';
import { createInThreadClient } from '../worker/client';
import { FerryHandler } from '../worker/handler';
import { en } from './i18n/en';
import { fr } from './i18n/fr';

/** The whole wizard in jsdom, with the worker's handler running on this thread: what a user sees and does. */
function renderApp(locale: 'en' | 'fr' = 'en') {
  const client = createInThreadClient(new FerryHandler());
  render(<App client={client} locale={locale} />);
  return userEvent.setup();
}

describe('the wizard', () => {
  it('reads pasted cells, shows what it detected, maps them and reports each invalid cell with its reason', async () => {
    const user = renderApp();
    await user.click(screen.getByText('Or paste cells copied from a spreadsheet'));
    await user.click(screen.getByLabelText('Cells (with the header row)'));
    await user.paste('Contact email\tCompany\tRole\nclaire@socgen.example\tSociété Générale\tcomptabilité\nnot-an-email\tAcme\tbuyer\n');
    await user.click(screen.getByRole('button', { name: 'Read the pasted cells' }));

    expect(await screen.findByRole('heading', { name: 'Check how the file was read' })).toBeInTheDocument();
    expect(screen.getByLabelText('Delimiter')).toHaveValue('\t');
    expect(await screen.findByRole('cell', { name: 'Société Générale' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Import into'), 'upflow-contacts');
    await user.click(screen.getByRole('button', { name: 'Match columns' }));

    expect(await screen.findByRole('heading', { name: 'Match columns to fields' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Contact email required$/ })).toHaveValue('0');
    await user.click(screen.getByRole('button', { name: 'Check 2 rows' }));

    expect(await screen.findByText('2 rows: 1 ready, 0 with warnings (exported), 1 with errors (left out and reported).')).toBeInTheDocument();
    // The table itself is virtualised (jsdom has no layout to measure); the problem list is not.
    expect(screen.getByRole('button', { name: /Contact email — not an e-mail address 1/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Rows as they will be written' })).toBeInTheDocument();
  });

  it('blocks the check when a required field has neither a column nor a value, and says which', async () => {
    const user = renderApp();
    await user.click(screen.getByText('Or paste cells copied from a spreadsheet'));
    await user.click(screen.getByLabelText('Cells (with the header row)'));
    await user.paste('Nom\tVille\nMartin\tLyon\n');
    await user.click(screen.getByRole('button', { name: 'Read the pasted cells' }));
    await screen.findByRole('heading', { name: 'Check how the file was read' });
    await user.selectOptions(screen.getByLabelText('Import into'), 'upflow-contacts');
    await user.click(screen.getByRole('button', { name: 'Match columns' }));
    await screen.findByRole('heading', { name: 'Match columns to fields' });
    await user.click(screen.getByRole('button', { name: 'Check 1 row' }));
    expect(await screen.findByText('Required: choose a column or set a value for every row.')).toBeInTheDocument();
    expect(document.getElementById('map-errors')).toHaveTextContent('✖ 1 field needs your attention before the rows can be checked: Contact email');
    expect(screen.getByRole('combobox', { name: /^Contact email required$/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('says clearly why an empty file cannot be read', async () => {
    const user = renderApp();
    await user.upload(screen.getByLabelText('Choose a file…'), new File([], 'empty.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file is empty (0 bytes). Export the data again from the old system.');
  });

  it('speaks French, every string included', async () => {
    renderApp('fr');
    expect(screen.getByRole('heading', { name: "Choisissez l'export à importer" })).toBeInTheDocument();
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(fr)) expect(text.trim(), key).not.toBe('');
  });

  it('gives every control an accessible name', async () => {
    renderApp();
    for (const el of [...screen.getAllByRole('button'), ...screen.getAllByRole('combobox')]) expect(el).toHaveAccessibleName();
  });
});
