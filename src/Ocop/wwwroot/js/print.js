// Print buttons on printable pages (quarterly report): <button data-print>.
document.querySelectorAll('[data-print]').forEach(b => b.addEventListener('click', () => window.print()));
